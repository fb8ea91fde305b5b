package vn.tonghop.orgunit;

import java.util.List;

/** The registry file was refused whole; nothing was changed. Carries every bad line. */
public class RegistryImportRejected extends RuntimeException {

	private final List<RegistryLineError> errors;

	RegistryImportRejected(List<RegistryLineError> errors) {
		super(errors.size() + " bad line(s) in the registry file");
		this.errors = List.copyOf(errors);
	}

	public List<RegistryLineError> errors() {
		return errors;
	}
}
