package vn.tonghop.consolidation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** Running sums of one unit for one year, by figure code. Weighted averages keep their two parts. */
final class YearSums {

	static final String NUMERATOR = "#num";

	static final String DENOMINATOR = "#den";

	private final Map<String, BigDecimal> sums = new HashMap<>();

	void add(String code, BigDecimal value) {
		sums.merge(code, value, BigDecimal::add);
	}

	void addAll(YearSums other) {
		other.sums.forEach(this::add);
	}

	/** The same sums with the opposite sign, to take a contribution back. */
	YearSums negated() {
		YearSums negated = new YearSums();
		sums.forEach((code, value) -> negated.sums.put(code, value.negate()));
		return negated;
	}

	/** "code=value" lines; {@link #decode} gives back the very same decimals, scale included. */
	String encode() {
		StringBuilder text = new StringBuilder(sums.size() * 24);
		new java.util.TreeMap<>(sums).forEach((code, value) -> text.append(code).append('=').append(value).append('\n'));
		return text.toString();
	}

	static YearSums decode(String text) {
		YearSums decoded = new YearSums();
		int start = 0;
		while (start < text.length()) {
			int end = text.indexOf('\n', start);
			int equals = text.indexOf('=', start);
			decoded.sums.put(text.substring(start, equals), new BigDecimal(text.substring(equals + 1, end)));
			start = end + 1;
		}
		return decoded;
	}

	BigDecimal get(String code) {
		return sums.get(code);
	}

	Map<String, BigDecimal> asMap() {
		return sums;
	}
}
