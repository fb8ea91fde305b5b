package vn.tonghop.consolidation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A unit's totals of one run as the text of one database row: "indicator TAB period TAB value" lines in indicator
 * then period order. Values keep six decimals, as the one-row-per-figure column DECIMAL(30,6) before them did, so
 * reading gives the very decimals, scale included, that the earlier layout gave.
 */
final class UnitTotalsText {

	static final int SCALE = 6;

	private UnitTotalsText() {
	}

	/**
	 * @param totals rows of one unit, in any order
	 * @throws IllegalArgumentException when a code holds a tab or a line end (the form's codes never do)
	 */
	static String encode(List<Total> totals) {
		List<Total> sorted = new ArrayList<>(totals);
		sorted.sort(Comparator.comparing(Total::indicator).thenComparing(Total::period));
		StringBuilder text = new StringBuilder(sorted.size() * 24);
		for (Total t : sorted) {
			text.append(field(t.indicator()))
				.append('\t')
				.append(field(t.period()))
				.append('\t')
				.append(t.value().setScale(SCALE, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString())
				.append('\n');
		}
		return text.toString();
	}

	static List<Total> decode(String unitCode, String text) {
		List<Total> totals = new ArrayList<>();
		int start = 0;
		while (start < text.length()) {
			int firstTab = text.indexOf('\t', start);
			int secondTab = text.indexOf('\t', firstTab + 1);
			int end = text.indexOf('\n', secondTab + 1);
			totals.add(new Total(unitCode, text.substring(start, firstTab), text.substring(firstTab + 1, secondTab),
					new BigDecimal(text.substring(secondTab + 1, end)).setScale(SCALE)));
			start = end + 1;
		}
		return totals;
	}

	private static String field(String code) {
		if (code.indexOf('\t') >= 0 || code.indexOf('\n') >= 0) {
			throw new IllegalArgumentException("A figure code or period with a tab or line end: " + code);
		}
		return code;
	}
}
