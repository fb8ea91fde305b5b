package vn.tonghop.form;

import org.springframework.core.io.ClassPathResource;

/** The real form definition, loaded once for unit tests. */
public final class TestForms {

	private static final Form FORM = new FormLoader().load(new ClassPathResource("forms/bieu01-cdcs.yaml"));

	private TestForms() {
	}

	public static Form bieu01() {
		return FORM;
	}
}
