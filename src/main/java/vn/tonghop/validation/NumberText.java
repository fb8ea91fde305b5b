package vn.tonghop.validation;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Figures as Vietnamese readers write them: "12.345", "1.234,5". */
public final class NumberText {

	private NumberText() {
	}

	public static String vi(BigDecimal value) {
		DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.forLanguageTag("vi"));
		symbols.setGroupingSeparator('.');
		symbols.setDecimalSeparator(',');
		DecimalFormat format = new DecimalFormat("#,##0.###", symbols);
		format.setParseBigDecimal(true);
		return format.format(value);
	}

	/** A value of the form as it reads in a message: numbers Vietnamese style, booleans as value.yes / value.no. */
	public static String of(Object value, vn.tonghop.system.Messages messages) {
		if (value instanceof BigDecimal number) {
			return vi(number);
		}
		if (value instanceof Boolean yes) {
			return messages.get(yes ? "value.yes" : "value.no");
		}
		return String.valueOf(value);
	}
}
