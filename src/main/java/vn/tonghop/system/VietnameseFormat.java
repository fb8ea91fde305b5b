package vn.tonghop.system;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The one formatter of figures and dates for Vietnamese readers, used by findings, reports, charts, exports and the
 * web alike so that one value never prints two ways: "12.345", "1.234,5", "85,3%", rounded half-up, and
 * "ngày 05 tháng 02 năm 2020" (leading zero for days below 10 and for months 1–2, Nghị định 30/2020/NĐ-CP).
 */
public final class VietnameseFormat {

	private VietnameseFormat() {
	}

	/**
	 * Vietnamese separators, made once: a report formats thousands of figures, and building the symbols was most of
	 * each call. Never changed after this, so sharing it between threads is safe ({@link DecimalFormat} copies it).
	 */
	private static final DecimalFormatSymbols SYMBOLS = symbols();

	private static DecimalFormatSymbols symbols() {
		DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.forLanguageTag("vi"));
		symbols.setGroupingSeparator('.');
		symbols.setDecimalSeparator(',');
		return symbols;
	}

	/** A pattern with Vietnamese separators, rounding half-up (for chart axes and other pattern-driven output). */
	public static DecimalFormat format(String pattern) {
		DecimalFormat format = new DecimalFormat(pattern, SYMBOLS);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format;
	}

	/** A count or an amount: "12.345", "1.234,5" (up to 3 decimals). */
	public static String number(BigDecimal value) {
		return value == null ? "" : format("#,##0.###").format(value);
	}

	/** A value of a form as it reads in a message: numbers as {@link #number}, yes/no as value.yes / value.no. */
	public static String value(Object value, Messages messages) {
		if (value instanceof BigDecimal number) {
			return number(number);
		}
		if (value instanceof Boolean yes) {
			return messages.get(yes ? "value.yes" : "value.no");
		}
		return String.valueOf(value);
	}

	/** A percentage given in percent, always with one decimal: 85.30 → "85,3%", 76 → "76,0%". */
	public static String percent(BigDecimal value) {
		return value == null ? "" : format("#,##0.0").format(value) + "%";
	}

	/** An amount of money in a report, always with one decimal: 1234.54 → "1.234,5", 7 → "7,0". */
	public static String amount(BigDecimal value) {
		return value == null ? "" : format("#,##0.0").format(value);
	}

	/** A count in a report, whole: 1234 → "1.234"; a count projected from a trend is rounded half-up. */
	public static String count(BigDecimal value) {
		return value == null ? "" : format("#,##0").format(value);
	}

	private static final java.time.format.DateTimeFormatter DAY_MONTH_YEAR = java.time.format.DateTimeFormatter
		.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

	/**
	 * A date as staff write it in a file they import: "2020-12-15", or "15/12/2020" (also "5/1/2021") as Excel saves
	 * a date cell into a CSV on a Vietnamese Windows. Empty for anything else, a day the calendar lacks included.
	 */
	public static java.util.Optional<LocalDate> parseDate(String text) {
		String t = text.strip();
		try {
			return java.util.Optional.of(t.contains("/") ? LocalDate.parse(t, DAY_MONTH_YEAR) : LocalDate.parse(t));
		}
		catch (java.time.format.DateTimeParseException notADate) {
			return java.util.Optional.empty();
		}
	}

	/** "30/09/2019": a date inside a sentence or a table. */
	public static String shortDate(LocalDate date) {
		return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
	}

	/**
	 * "ngày 15 tháng 12 năm 2020" (message {@code report.date}): months 1 and 2 and days below 10 take a leading zero.
	 */
	public static String date(LocalDate date, Messages messages) {
		String day = String.format("%02d", date.getDayOfMonth());
		String month = date.getMonthValue() <= 2 ? String.format("%02d", date.getMonthValue())
				: String.valueOf(date.getMonthValue());
		return messages.get("report.date", day, month, String.valueOf(date.getYear()));
	}
}
