package vn.tonghop.form;

/**
 * A validation rule as written in the form definition.
 *
 * @param code the DOMAIN.md rule family (E5, E6, E7, W3, W5, W6); an E code rejects the submission
 * @param when optional SpEL precondition
 * @param check SpEL expression that must hold, over the indicator codes of one year and {@code prev}
 * @param cell the indicator whose cell is blamed; defaults to the first code named in {@code check}
 * @param message message key; defaults to {@code rule.<code>}
 */
public record Rule(String id, String code, String when, String check, String cell, String message) {

	public boolean isError() {
		return code != null && code.startsWith("E");
	}

	public String messageKey() {
		return message != null ? message : "rule." + code;
	}
}
