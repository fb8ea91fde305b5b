package vn.tonghop.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Figures and dates the way Vietnamese administrative documents print them: "12.345", "1.234,5", "85,3%",
 * "ngày 05 tháng 02 năm 2020" (leading zero for days below 10 and for months 1–2, Nghị định 30/2020/NĐ-CP).
 */
public final class VietnameseFormat {

	private VietnameseFormat() {
	}

	private static DecimalFormat format(String pattern) {
		DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.forLanguageTag("vi"));
		symbols.setGroupingSeparator('.');
		symbols.setDecimalSeparator(',');
		DecimalFormat format = new DecimalFormat(pattern, symbols);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format;
	}

	/** A count or an amount: "12.345", "1.234,5" (up to 3 decimals). */
	public static String number(BigDecimal value) {
		return value == null ? "" : format("#,##0.###").format(value);
	}

	/** A percentage given in percent: 85.30 → "85,3%". */
	public static String percent(BigDecimal value) {
		return value == null ? "" : format("#,##0.#").format(value) + "%";
	}

	/**
	 * "ngày 15 tháng 12 năm 2020" (message {@code report.date}): months 1 and 2 and days below 10 take a leading zero.
	 */
	public static String date(LocalDate date, vn.tonghop.system.Messages messages) {
		String day = String.format("%02d", date.getDayOfMonth());
		String month = date.getMonthValue() <= 2 ? String.format("%02d", date.getMonthValue())
				: String.valueOf(date.getMonthValue());
		return messages.get("report.date", day, month, String.valueOf(date.getYear()));
	}
}
