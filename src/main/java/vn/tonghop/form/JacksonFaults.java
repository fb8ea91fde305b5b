package vn.tonghop.form;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.List;
import java.util.stream.Collectors;

/** A file that does not read as a form definition at all, said as the fault of the entry the reader stopped at. */
final class JacksonFaults {

	private JacksonFaults() {
	}

	/**
	 * The reader reports where it stopped, which for a record is the end of the whole mapping; the entry's own line
	 * is found from its path where the file has it.
	 */
	static FormFault of(JacksonException ex, YamlLines lines) {
		String field = ex.getPath()
			.stream()
			.map(r -> r.getPropertyName() != null ? r.getPropertyName() : String.valueOf(r.getIndex()))
			.collect(Collectors.joining("."));
		int stoppedAt = ex.getLocation() == null ? 0 : Math.max(0, ex.getLocation().getLineNr());
		int line = field.isEmpty() ? stoppedAt : lines.lineOf(field);
		if (ex instanceof UnrecognizedPropertyException unknown) {
			return new FormFault(line, field, "form.fault.unknownField", List.of(unknown.getPropertyName()));
		}
		if (ex instanceof InvalidFormatException invalid) {
			return new FormFault(line, field, "form.fault.badValue", List.of(String.valueOf(invalid.getValue())));
		}
		return new FormFault(line, field, "form.fault.unreadable", List.of(ex.getOriginalMessage()));
	}
}
