package vn.tonghop.workbook;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads numbers that people typed as text, the Vietnamese way (DOMAIN.md §3): "1.234" and "1.234.567" are
 * thousands, "1.234,5" has a decimal comma, where both "." and "," occur the last one is the decimal mark, a lone
 * "." or "," followed by exactly three digits in a whole-number field is a thousands separator, "-" is 0.
 * Spaces, non-breaking spaces and unit words ("người", "triệu đồng") are ignored.
 */
final class VietnameseNumbers {

	private static final Pattern DIGITS_AND_MARKS = Pattern.compile("-?[0-9][0-9.,]*");

	private static final Pattern DASH_ONLY = Pattern.compile("[-–—]+");

	private VietnameseNumbers() {
	}

	/**
	 * @param wholeNumberField true for an {@code int} indicator: a lone separator before three digits is then a
	 * thousands separator
	 * @return the number, or empty when the text is not a number at all
	 */
	static Optional<BigDecimal> parse(String text, boolean wholeNumberField) {
		if (text == null) {
			return Optional.empty();
		}
		String s = Normalizer.normalize(text, Normalizer.Form.NFC)
			.replaceAll("[\\s\\u00A0\\u2007\\u202F]", "")
			.replaceAll("\\p{L}+[\\p{L}/]*$", "")
			.replace('−', '-');
		if (s.isEmpty()) {
			return Optional.empty();
		}
		if (DASH_ONLY.matcher(s).matches()) {
			return Optional.of(BigDecimal.ZERO);
		}
		if (!DIGITS_AND_MARKS.matcher(s).matches() || s.endsWith(".") || s.endsWith(",")) {
			return Optional.empty();
		}
		boolean negative = s.startsWith("-");
		String body = negative ? s.substring(1) : s;
		String plain = toPlain(body, wholeNumberField);
		if (plain == null) {
			return Optional.empty();
		}
		BigDecimal value = new BigDecimal(plain);
		return Optional.of(negative ? value.negate() : value);
	}

	/** Rewrites the digits with "." as the only (decimal) mark, or null when the marks make no sense. */
	private static String toPlain(String body, boolean wholeNumberField) {
		int dots = count(body, '.');
		int commas = count(body, ',');
		if (dots == 0 && commas == 0) {
			return body;
		}
		if (dots > 0 && commas > 0) {
			char decimal = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
			char grouping = decimal == '.' ? ',' : '.';
			if (count(body, decimal) != 1 || body.lastIndexOf(grouping) > body.lastIndexOf(decimal)
					|| !groupsOfThree(body.substring(0, body.lastIndexOf(decimal)), grouping)) {
				return null;
			}
			return body.replace(String.valueOf(grouping), "").replace(decimal, '.');
		}
		char mark = dots > 0 ? '.' : ',';
		if (count(body, mark) > 1) {
			return groupsOfThree(body, mark) ? body.replace(String.valueOf(mark), "") : null;
		}
		int after = body.length() - body.indexOf(mark) - 1;
		// Vietnamese "." groups thousands; so does a lone mark before three digits in a whole-number field.
		boolean thousands = after == 3 && (mark == '.' || wholeNumberField);
		return thousands ? body.replace(String.valueOf(mark), "") : body.replace(mark, '.');
	}

	private static boolean groupsOfThree(String digits, char grouping) {
		String[] groups = digits.split(Pattern.quote(String.valueOf(grouping)), -1);
		if (groups[0].isEmpty() || groups[0].length() > 3) {
			return false;
		}
		for (int i = 1; i < groups.length; i++) {
			if (groups[i].length() != 3) {
				return false;
			}
		}
		return true;
	}

	private static int count(String s, char c) {
		return (int) s.chars().filter(x -> x == c).count();
	}
}
