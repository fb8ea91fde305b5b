package vn.tonghop.targets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tonghop.form.Form;
import vn.tonghop.rounds.Round;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.RegistryLineError;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Term targets, imported from CSV ({@code unit_code,indicator,comparison,term_target,allocation_<year>…,note}).
 * Like the registry, a file with any bad line changes nothing; a good file replaces the targets of the units it
 * names.
 */
@Service
public class TargetRegistry {

	private final JdbcClient jdbc;

	private final OrgRegistry registry;

	TargetRegistry(JdbcClient jdbc, OrgRegistry registry) {
		this.jdbc = jdbc;
		this.registry = registry;
	}

	/**
	 * Imports the targets of a round: its form's indicators, its units as they stood on its reference date.
	 *
	 * @return the number of targets imported
	 */
	@Transactional
	public int importCsv(Round round, InputStream input) throws IOException {
		Form form = round.form();
		List<Target> targets = new ArrayList<>();
		List<RegistryLineError> errors = new ArrayList<>();
		OrgTree tree = registry.treeAt(round.referenceDate());
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		java.io.Reader text = vn.tonghop.system.CsvInput.utf8(input, line -> new TargetImportRejected(
				List.of(new RegistryLineError(line, "csv.notUtf8", List.of()))));
		format = vn.tonghop.system.CsvInput.delimited(text, format);
		// Saved with ";" (a Vietnamese Windows), a number has the decimal comma and the thousands point: "1.234,5".
		boolean decimalComma = format.getDelimiterString().equals(";");
		try (CSVParser parser = CSVParser.parse(text, format)) {
			List<String> required = List.of("unit_code", "indicator", "comparison", "term_target");
			if (!parser.getHeaderNames().containsAll(required)) {
				throw new TargetImportRejected(List.of(new RegistryLineError(1, "target.error.header",
						List.of(String.join(",", required)))));
			}
			for (CSVRecord r : parser) {
				long line = parser.getCurrentLineNumber();
				parse(form, r, line, tree, decimalComma, errors).ifPresent(targets::add);
			}
		}
		if (!errors.isEmpty()) {
			throw new TargetImportRejected(errors);
		}
		targets.stream().map(Target::unitCode).distinct().forEach(unit -> jdbc
			.sql("DELETE FROM target WHERE round_code = ? AND unit_code = ?")
			.params(round.code(), unit)
			.update());
		for (Target t : targets) {
			StringJoiner allocations = new StringJoiner(";");
			t.allocations().forEach((y, v) -> allocations.add(y + "=" + v.toPlainString()));
			jdbc.sql("INSERT INTO target (round_code, unit_code, indicator, comparison, term_target, allocations, note) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?)")
				.params(round.code(), t.unitCode(), t.indicator(), t.comparison(), t.termTarget(),
						allocations.toString(), t.note())
				.update();
		}
		return targets.size();
	}

	/** The longest note kept (table target). */
	static final int MAX_NOTE = 1_000;

	private static java.util.Optional<Target> parse(Form form, CSVRecord r, long line, OrgTree tree,
			boolean decimalComma, List<RegistryLineError> errors) {
		int before = errors.size();
		String unit = r.get("unit_code").toUpperCase(java.util.Locale.ROOT);
		String indicator = r.get("indicator").toUpperCase(java.util.Locale.ROOT);
		String comparison = r.get("comparison");
		if (tree.unit(unit).isEmpty()) {
			errors.add(new RegistryLineError(line, "target.error.unit", List.of(unit)));
		}
		if (form.indicator(indicator).isEmpty() && form.derivedIndicator(indicator).isEmpty()) {
			errors.add(new RegistryLineError(line, "target.error.indicator", List.of(indicator)));
		}
		else if (form.indicator(indicator).filter(i -> i.type() == vn.tonghop.form.ValueType.CHOICE).isPresent()) {
			// A choice has a count per answer, no one figure: the report would pass over such a target unsaid.
			errors.add(new RegistryLineError(line, "target.error.choice", List.of(indicator)));
		}
		if (!comparison.equals(">=") && !comparison.equals("<=")) {
			errors.add(new RegistryLineError(line, "target.error.comparison", List.of(comparison)));
		}
		BigDecimal term = number(r.get("term_target"), decimalComma, line, "term_target", errors);
		Map<Integer, BigDecimal> allocations = new TreeMap<>();
		for (int year : form.years()) {
			String column = "allocation_" + year;
			if (r.isMapped(column) && !r.get(column).isBlank()) {
				allocations.put(year, number(r.get(column), decimalComma, line, column, errors));
			}
		}
		String note = r.isMapped("note") ? r.get("note") : "";
		if (note.length() > MAX_NOTE) {
			errors.add(new RegistryLineError(line, "target.error.noteTooLong", List.of(note.length(), MAX_NOTE)));
		}
		if (errors.size() > before) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new Target(unit, indicator, comparison, term, allocations, note));
	}

	/**
	 * The number in Java's form. With the decimal comma ("85,5", "1.234,5") the point groups thousands, but only where
	 * it does ("1.234"): "85.5" is still 85.5, never 855.
	 */
	static String plain(String text, boolean decimalComma) {
		if (!decimalComma) {
			return text;
		}
		String t = THOUSANDS.matcher(text).matches() ? text.replace(".", "") : text;
		return t.replace(',', '.');
	}

	private static final java.util.regex.Pattern THOUSANDS = java.util.regex.Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");

	private static BigDecimal number(String text, boolean decimalComma, long line, String column,
			List<RegistryLineError> errors) {
		BigDecimal number;
		try {
			number = new BigDecimal(plain(text.trim(), decimalComma));
		}
		catch (NumberFormatException ex) {
			errors.add(new RegistryLineError(line, "target.error.number", List.of(text, column)));
			return BigDecimal.ZERO;
		}
		// Targets are counts, amounts and rates: none below zero, none a form's figure could not be.
		if (number.signum() < 0) {
			errors.add(new RegistryLineError(line, "target.error.negative", List.of(text, column)));
		}
		else if (number.compareTo(vn.tonghop.form.ValueType.TOO_LARGE) >= 0) {
			errors.add(new RegistryLineError(line, "target.error.tooLarge", List.of(text, column)));
		}
		return number;
	}

	/** The unit's targets in the round. */
	public List<Target> of(String roundCode, String unitCode) {
		return jdbc.sql("SELECT unit_code, indicator, comparison, term_target, allocations, note FROM target "
				+ "WHERE round_code = ? AND unit_code = ? ORDER BY indicator")
			.params(roundCode, unitCode)
			.query((rs, n) -> {
				Map<Integer, BigDecimal> allocations = new TreeMap<>();
				for (String part : rs.getString(5).split(";")) {
					if (!part.isBlank()) {
						String[] kv = part.split("=");
						allocations.put(Integer.parseInt(kv[0]), new BigDecimal(kv[1]));
					}
				}
				return new Target(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4), allocations,
						rs.getString(6));
			})
			.list();
	}
}
