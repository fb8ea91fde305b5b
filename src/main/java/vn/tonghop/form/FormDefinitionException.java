package vn.tonghop.form;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A form definition cannot be used: raised at import (and at start-up for the bundled one) so that a broken
 * definition never reaches the reader or the roll-up. Each fault names its line, entry and why, as a message key
 * the faces say in Vietnamese; this exception's own message, for the log, names the file.
 */
public class FormDefinitionException extends RuntimeException {

	private final List<FormFault> faults;

	public FormDefinitionException(String source, List<FormFault> faults) {
		super("Form definition " + source + " is invalid:\n  - " + faults.stream()
			.map(f -> "line " + f.line() + " " + f.field() + ": " + f.key() + " " + f.args())
			.collect(Collectors.joining("\n  - ")));
		this.faults = List.copyOf(faults);
	}

	public List<FormFault> faults() {
		return faults;
	}
}
