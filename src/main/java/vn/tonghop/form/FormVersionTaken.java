package vn.tonghop.form;

/**
 * An import gives a different definition under an id and version already stored. Returned files name that version,
 * so its definition must not change under them: a changed form is imported as a new version.
 */
public class FormVersionTaken extends RuntimeException {

	private final String formId;

	private final String version;

	FormVersionTaken(String formId, String version) {
		super("Form " + formId + " version " + version + " is already stored with another definition");
		this.formId = formId;
		this.version = version;
	}

	public String formId() {
		return formId;
	}

	public String version() {
		return version;
	}
}
