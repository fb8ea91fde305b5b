package vn.tonghop.form;

import java.util.List;

/**
 * One fault of a form definition file, for the person who wrote it: where (the line, 1-based, 0 when the file could
 * not be read far enough to know, and the entry's path as written, e.g. {@code sections.II.indicators.TC06.class}),
 * and why (a message key of {@code messages*.properties} with its arguments).
 */
public record FormFault(int line, String field, String key, List<String> args) {

	public FormFault {
		args = List.copyOf(args);
	}
}
