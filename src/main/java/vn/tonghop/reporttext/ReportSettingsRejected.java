package vn.tonghop.reporttext;

import java.util.List;

import vn.tonghop.orgunit.RegistryLineError;

/** The report settings file was refused whole; nothing changed. */
public class ReportSettingsRejected extends RuntimeException {

	private final List<RegistryLineError> errors;

	ReportSettingsRejected(List<RegistryLineError> errors) {
		super(errors.size() + " bad line(s) in the report settings file");
		this.errors = List.copyOf(errors);
	}

	public List<RegistryLineError> errors() {
		return errors;
	}
}
