package vn.tonghop.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.tonghop.form.Form;
import vn.tonghop.form.TestForms;

/** The stored form of a submission's values reads back typed, whole or only the indicators asked for. */
class FiguresTest {

	private static final Form FORM = TestForms.bieu01();

	private static final String STORED = Figures.encode(Map.of(
			"LD01", Map.of(2018, new BigDecimal("100"), 2019, new BigDecimal("110"), 2020, new BigDecimal("120")),
			"DD02", Map.of(2020, Boolean.TRUE),
			"DD03", Map.of(2019, new BigDecimal("2"))));

	@Test
	void theWholeDocumentReadsBackTyped() {
		assertThat(Figures.decode(STORED, FORM)).isEqualTo(Map.of(
				"LD01", Map.of(2018, new BigDecimal("100"), 2019, new BigDecimal("110"), 2020, new BigDecimal("120")),
				"DD02", Map.of(2020, Boolean.TRUE),
				"DD03", Map.of(2019, new BigDecimal("2"))));
	}

	@Test
	void onlyTheIndicatorsAskedForAreRead() {
		assertThat(Figures.decode(STORED, FORM, Set.of("DD02", "LD01", "NOT-AN-INDICATOR"))).isEqualTo(Map.of(
				"LD01", Map.of(2018, new BigDecimal("100"), 2019, new BigDecimal("110"), 2020, new BigDecimal("120")),
				"DD02", Map.of(2020, Boolean.TRUE)));
		assertThat(Figures.decode(STORED, FORM, Set.of())).isEmpty();
	}

	@Test
	void aPartOfTheDocumentHoldsOnlyTheIndicatorsNamedAndReadsBackAlike() {
		Map<String, Map<Integer, Object>> figures = Map.of(
				"LD01", Map.of(2018, new BigDecimal("100"), 2020, new BigDecimal("120")),
				"DD02", Map.of(2020, Boolean.TRUE),
				"DD03", Map.of(2019, new BigDecimal("2.50")));
		String part = Figures.encode(figures, Set.of("DD03", "LD01", "NOT-AN-INDICATOR")::contains);

		assertThat(part).isEqualTo("{\"DD03\":{\"2019\":\"2.50\"},\"LD01\":{\"2018\":\"100\",\"2020\":\"120\"}}");
		assertThat(Figures.decode(part, FORM, Set.of("LD01", "DD02"))).isEqualTo(Map.of(
				"LD01", Map.of(2018, new BigDecimal("100"), 2020, new BigDecimal("120"))));
	}

	@Test
	void theDocumentNamesCodesAndYearsInOrderAndEscapesWhatPeopleTyped() {
		Map<String, Map<Integer, Object>> figures = new java.util.LinkedHashMap<>();
		figures.put("XL", new java.util.LinkedHashMap<>(Map.of(2020, "Hoàn thành \"tốt\"")));
		figures.put("LD01", new java.util.LinkedHashMap<>());
		figures.get("LD01").put(2020, new BigDecimal("1.2E+3"));
		figures.get("LD01").put(2018, new BigDecimal("100"));
		figures.put("DD08", Map.of());
		figures.put("GONE", Map.of(2019, new BigDecimal("7")));

		String stored = Figures.encode(figures);

		// Codes and years sorted, numbers without exponent, a code without values left out, the quotes escaped.
		assertThat(stored).isEqualTo("{\"GONE\":{\"2019\":\"7\"},\"LD01\":{\"2018\":\"100\",\"2020\":\"1200\"},"
				+ "\"XL\":{\"2020\":\"Hoàn thành \\\"tốt\\\"\"}}");
		// A code the form does not have is left out when read back.
		assertThat(Figures.decode(stored, FORM)).isEqualTo(Map.of(
				"LD01", Map.of(2018, new BigDecimal("100"), 2020, new BigDecimal("1200")),
				"XL", Map.of(2020, "Hoàn thành \"tốt\"")));
	}

	@Test
	void figuresKeptInOrderAlreadyAndFiguresKeptInAnotherOrderGiveTheSameDocument() {
		java.util.TreeMap<String, Map<Integer, Object>> natural = new java.util.TreeMap<>();
		natural.put("LD01", new java.util.TreeMap<>(Map.of(2018, new BigDecimal("100"), 2020, new BigDecimal("1200"))));
		natural.put("DD03", new java.util.TreeMap<>(Map.of(2019, new BigDecimal("2"))));
		java.util.TreeMap<String, Map<Integer, Object>> reversed = new java.util.TreeMap<>(
				java.util.Comparator.reverseOrder());
		natural.forEach((code, years) -> {
			java.util.TreeMap<Integer, Object> yearsReversed = new java.util.TreeMap<>(
					java.util.Comparator.reverseOrder());
			yearsReversed.putAll(years);
			reversed.put(code, yearsReversed);
		});
		String expected = "{\"DD03\":{\"2019\":\"2\"},\"LD01\":{\"2018\":\"100\",\"2020\":\"1200\"}}";

		assertThat(Figures.encode(natural)).isEqualTo(expected);
		assertThat(Figures.encode(reversed)).isEqualTo(expected);
	}
}
