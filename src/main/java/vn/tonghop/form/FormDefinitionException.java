package vn.tonghop.form;

import java.util.List;

/**
 * The form definition file cannot be used. Raised at start-up so that a broken definition never reaches the
 * reader or the roll-up. Each fault names the entry and what is wrong with it; the message names the file.
 */
public class FormDefinitionException extends RuntimeException {

	private final List<String> faults;

	public FormDefinitionException(String source, List<String> faults) {
		super("Form definition " + source + " is invalid:\n  - " + String.join("\n  - ", faults));
		this.faults = List.copyOf(faults);
	}

	public FormDefinitionException(String source, Throwable cause) {
		super("Form definition " + source + " cannot be read: " + cause.getMessage(), cause);
		this.faults = List.of(cause.getMessage());
	}

	public List<String> faults() {
		return faults;
	}
}
