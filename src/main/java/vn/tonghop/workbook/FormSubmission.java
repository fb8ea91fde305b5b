package vn.tonghop.workbook;

import java.util.Map;
import java.util.Optional;

/**
 * The typed content of a returned form: who sent it, which form, and each non-blank value by indicator code and
 * year with the cell it came from. Blank cells are absent; {@code cells} locates every input cell, blank or not,
 * so findings about blanks can name their cell too.
 */
public record FormSubmission(String formId, String formVersion, String unitCode, String sheet,
		Map<String, Map<Integer, ReadValue>> values, Map<String, Map<Integer, String>> cells) {

	public Optional<ReadValue> value(String code, int year) {
		return Optional.ofNullable(values.getOrDefault(code, Map.of()).get(year));
	}

	public String cell(String code, int year) {
		return cells.getOrDefault(code, Map.of()).get(year);
	}

	/** The typed values by indicator code and year: BigDecimal (int, money), Boolean (bool) or the choice text. */
	public Map<String, Map<Integer, Object>> figures() {
		Map<String, Map<Integer, Object>> figures = new java.util.TreeMap<>();
		values.forEach((code, byYear) -> byYear.forEach((year, value) -> figures
			.computeIfAbsent(code, k -> new java.util.TreeMap<>())
			.put(year, value.value())));
		return figures;
	}
}
