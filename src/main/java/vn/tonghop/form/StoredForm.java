package vn.tonghop.form;

import java.time.Instant;

/** A form definition the installation holds, as {@code forms list} shows it. */
public record StoredForm(String id, String version, String title, int firstYear, int lastYear, int indicators,
		String source, Instant importedAt) {

	/** As {@link Form#periodText()}. */
	public String periodText() {
		return Form.periodText(firstYear, lastYear);
	}
}
