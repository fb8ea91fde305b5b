package vn.tonghop.finding;

import java.util.List;

import vn.tonghop.system.Text;

/**
 * One thing wrong with, or worth knowing about, a received file. Locates it as precisely as is known (any of
 * sheet, cell, indicator and year may be null) and says what was found and what was expected through a message
 * key of messages*.properties and its arguments, so that it reads in the user's language.
 *
 * @param code the DOMAIN.md rule (E1–E7, W1–W6), or W7 (a run's year-over-year comparison of units)
 */
public record Finding(Severity severity, String code, String file, String sheet, String cell, String indicator,
		Integer year, String key, List<String> args) {

	/**
	 * The most characters of one argument a finding keeps. An argument may quote what a user typed, and a cell holds
	 * up to 32.767 characters: quoted whole, it made a message no one reads and one longer than the database stores,
	 * so the file's precise finding became the failure of its step. A longer argument keeps its start and ends in "…".
	 */
	static final int MAX_ARG_CHARS = 300;

	/**
	 * The most characters of a sheet's name a finding keeps (what the findings table holds). Excel names a sheet in
	 * at most 31; a workbook written by another program may hold any length.
	 */
	static final int MAX_SHEET_CHARS = 200;

	public Finding {
		sheet = Text.cut(sheet, MAX_SHEET_CHARS);
		args = args == null ? List.of() : List.copyOf(args.stream().map(a -> Text.cut(a, MAX_ARG_CHARS)).toList());
	}

	public static Finding error(String code, String file, String key, Object... args) {
		return new Finding(Severity.ERROR, code, file, null, null, null, null, key, strings(args));
	}

	public static Finding at(Severity severity, String code, String file, String sheet, String cell,
			String indicator, Integer year, String key, Object... args) {
		return new Finding(severity, code, file, sheet, cell, indicator, year, key, strings(args));
	}

	/** The same finding about the file named {@code name}. */
	public Finding withFile(String name) {
		return new Finding(severity, code, name, sheet, cell, indicator, year, key, args);
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	private static List<String> strings(Object... args) {
		return java.util.Arrays.stream(args).map(String::valueOf).toList();
	}
}
