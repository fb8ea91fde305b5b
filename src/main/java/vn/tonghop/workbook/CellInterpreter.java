package vn.tonghop.workbook;

import vn.tonghop.form.Indicator;
import vn.tonghop.form.ValueType;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.Severity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns one input cell into a typed value by the indicator's type, the way people type (DOMAIN.md §3): the value
 * Excel saved for a formula, numbers typed as text (noted as W1), Có/Không in its common spellings. What cannot be
 * read becomes an E3 finding naming the cell, the value found and what was expected.
 */
final class CellInterpreter {

	private static final List<String> YES = List.of("có", "co", "c", "x", "1", "true", "yes", "y");

	private static final List<String> NO = List.of("không", "khong", "k", "0", "false", "no", "n");

	/** Characters that occur in TCVN3 (.VnTime) text but never in Unicode Vietnamese. */
	private static final Pattern TCVN3_MARKS = Pattern.compile("[«¬®¸µ¶·¹¨¢£¤¥¦§©ª»¼½¾ÆÇÑ×ØÞßæçñ÷øþ]");

	private final Location location;

	/** Where in the file the cell is, for findings. */
	record Location(String file, String sheet) {
	}

	/** The typed value, or empty for a blank cell; findings are added to {@code findings}. */
	CellInterpreter(Location location) {
		this.location = location;
	}

	/** @param ref the cell's A1 reference, as findings name it */
	Optional<Object> read(Optional<Grid.Cell> found, String ref, Indicator indicator, int year, List<String> choices,
			List<Finding> findings) {
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Grid.Cell cell = found.get();
		Problem problem = new Problem(ref, indicator, year, findings);
		problem.choices = choices;
		return switch (cell.kind()) {
			case NUMBER -> fromNumber(decimal(cell.number()), indicator, problem);
			case TEXT -> fromText(cell, indicator, choices, problem);
			case BOOLEAN -> fromBoolean(cell.bool(), indicator, problem);
			case ERROR -> {
				problem.error("reader.formulaError", cell.text());
				yield Optional.empty();
			}
			case UNCALCULATED -> {
				// Formulas are never evaluated here (an uploaded formula is not ours to run): the value is unknown.
				problem.error("reader.formulaNotCalculated");
				yield Optional.empty();
			}
		};
	}

	/**
	 * The number as Excel shows it, {@link BigDecimal#valueOf(double)}: the shortest decimal that gives the double
	 * back. A whole number below ten million prints as itself, so it is made without printing (equal after
	 * {@link BigDecimal#stripTrailingZeros}, which is how it is used).
	 */
	static BigDecimal decimal(double number) {
		if (number == (long) number && Math.abs(number) < 10_000_000) {
			return BigDecimal.valueOf((long) number);
		}
		return BigDecimal.valueOf(number);
	}

	private Optional<Object> fromNumber(BigDecimal number, Indicator indicator, Problem problem) {
		BigDecimal n = number.stripTrailingZeros();
		if (indicator.type().isNumeric() && n.abs().compareTo(ValueType.TOO_LARGE) >= 0) {
			return problem.error("reader.numberTooLarge", n.toString());
		}
		switch (indicator.type()) {
			case INT -> {
				if (n.signum() < 0) {
					return problem.error("reader.negative", n.toPlainString());
				}
				if (n.scale() == 3) {
					// "1.234" typed on a computer whose decimal mark is the point: Excel stored 1,234, not 1234.
					return problem.error("reader.fractionThousands", n.toPlainString(),
							n.movePointRight(3).toPlainString());
				}
				if (n.scale() > 0) {
					return problem.error("reader.fraction", n.toPlainString());
				}
				return Optional.of(n.setScale(0));
			}
			case MONEY -> {
				if (n.signum() < 0) {
					return problem.error("reader.negative", n.toPlainString());
				}
				BigDecimal rounded = n.setScale(3, RoundingMode.HALF_UP);
				// Binary floating point leaves noise such as 12.300000000000001; more real decimals are an error.
				if (rounded.subtract(n).abs().compareTo(new BigDecimal("0.000001")) > 0) {
					return problem.error("reader.moneyDecimals", n.toPlainString());
				}
				return Optional.of(rounded.stripTrailingZeros());
			}
			case BOOL -> {
				if (n.compareTo(BigDecimal.ONE) == 0 || n.signum() == 0) {
					return Optional.of(n.signum() != 0);
				}
				return problem.error("reader.notBool", n.toPlainString());
			}
			case CHOICE -> {
				return problem.error("reader.notChoice", n.toPlainString(), String.join(", ", problem.choices()));
			}
		}
		return Optional.empty();
	}

	private Optional<Object> fromText(Grid.Cell cell, Indicator indicator, List<String> choices, Problem problem) {
		String raw = TextMatch.nfc(cell.text());
		if (raw.isEmpty()) {
			return Optional.empty();
		}
		if (isLegacyEncoded(cell, raw)) {
			return problem.error("reader.legacyEncoding", raw, cell.font());
		}
		switch (indicator.type()) {
			case INT, MONEY -> {
				Optional<BigDecimal> parsed = VietnameseNumbers.parse(raw, indicator.type() == vn.tonghop.form.ValueType.INT);
				if (parsed.isEmpty()) {
					return problem.error("reader.notNumber", raw);
				}
				Optional<Object> value = fromNumber(parsed.get(), indicator, problem);
				value.ifPresent(v -> problem.warning("W1", "reader.textNumber", raw, ((BigDecimal) v).toPlainString()));
				return value;
			}
			case BOOL -> {
				String folded = raw.toLowerCase(Locale.ROOT);
				if (YES.contains(folded) || YES.contains(TextMatch.fold(raw))) {
					return Optional.of(Boolean.TRUE);
				}
				if (NO.contains(folded) || NO.contains(TextMatch.fold(raw))) {
					return Optional.of(Boolean.FALSE);
				}
				return problem.error("reader.notBool", raw);
			}
			case CHOICE -> {
				String folded = TextMatch.fold(raw);
				return choices.stream()
					.filter(c -> TextMatch.fold(c).equals(folded))
					.findFirst()
					.map(c -> (Object) c)
					.or(() -> problem.error("reader.notChoice", raw, String.join(", ", choices)));
			}
		}
		return Optional.empty();
	}

	private Optional<Object> fromBoolean(boolean value, Indicator indicator, Problem problem) {
		if (indicator.type() == vn.tonghop.form.ValueType.BOOL) {
			return Optional.of(value);
		}
		return problem.error(indicator.type().isNumeric() ? "reader.notNumber" : "reader.notChoice",
				String.valueOf(value).toUpperCase(Locale.ROOT), String.join(", ", problem.choices()));
	}

	private static boolean isLegacyEncoded(Grid.Cell cell, String text) {
		String font = cell.font() == null ? "" : cell.font().toLowerCase(Locale.ROOT);
		return font.startsWith(".vn") || font.startsWith("vni") || TCVN3_MARKS.matcher(text).find();
	}

	/** Builds findings located at one cell. */
	private final class Problem {

		private final String cell;

		private final Indicator indicator;

		private final int year;

		private final List<Finding> findings;

		private List<String> choices = List.of();

		Problem(String cell, Indicator indicator, int year, List<Finding> findings) {
			this.cell = cell;
			this.indicator = indicator;
			this.year = year;
			this.findings = findings;
		}

		List<String> choices() {
			return choices;
		}

		Optional<Object> error(String key, Object... args) {
			findings.add(Finding.at(Severity.ERROR, "E3", location.file(), location.sheet(), cell, indicator.code(),
					year, key, args));
			return Optional.empty();
		}

		void warning(String code, String key, Object... args) {
			findings.add(Finding.at(Severity.WARNING, code, location.file(), location.sheet(), cell, indicator.code(),
					year, key, args));
		}
	}
}
