package vn.tonghop.targets;

import vn.tonghop.orgunit.RegistryLineError;

import java.util.List;

/** The targets file was refused whole; nothing changed. */
public class TargetImportRejected extends RuntimeException {

	private final List<RegistryLineError> errors;

	TargetImportRejected(List<RegistryLineError> errors) {
		super(errors.size() + " bad line(s) in the targets file");
		this.errors = List.copyOf(errors);
	}

	public List<RegistryLineError> errors() {
		return errors;
	}
}
