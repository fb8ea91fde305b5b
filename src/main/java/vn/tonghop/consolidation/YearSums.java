package vn.tonghop.consolidation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Running sums of one unit for one year, by figure code. Weighted averages keep their two parts.
 * <p>
 * A roll-up holds these for every unit above the CĐCS (three years each), so they are an array indexed by a number
 * given to each figure code once per process rather than a map of their own: an array slot per figure instead of a
 * map entry, and sums decoded from the database share the code strings instead of keeping a copy each.
 */
final class YearSums {

	static final String NUMERATOR = "#num";

	static final String DENOMINATOR = "#den";

	private BigDecimal[] sums = new BigDecimal[Codes.count()];

	void add(String code, BigDecimal value) {
		add(Codes.index(code), value);
	}

	private void add(int index, BigDecimal value) {
		if (index >= sums.length) {
			sums = Arrays.copyOf(sums, Math.max(index + 1, Codes.count()));
		}
		sums[index] = sums[index] == null ? value : sums[index].add(value);
	}

	void addAll(YearSums other) {
		for (int i = 0; i < other.sums.length; i++) {
			if (other.sums[i] != null) {
				add(i, other.sums[i]);
			}
		}
	}

	/** The same sums with the opposite sign, to take a contribution back. */
	YearSums negated() {
		YearSums negated = new YearSums();
		negated.sums = new BigDecimal[sums.length];
		for (int i = 0; i < sums.length; i++) {
			negated.sums[i] = sums[i] == null ? null : sums[i].negate();
		}
		return negated;
	}

	/** "code=value" lines in code order; {@link #decode} gives back the very same decimals, scale included. */
	String encode() {
		StringBuilder text = new StringBuilder(sums.length * 24);
		new TreeMap<>(asMap()).forEach((code, value) -> text.append(code).append('=').append(value).append('\n'));
		return text.toString();
	}

	static YearSums decode(String text) {
		YearSums decoded = new YearSums();
		int start = 0;
		while (start < text.length()) {
			int end = text.indexOf('\n', start);
			int equals = text.indexOf('=', start);
			decoded.add(text.substring(start, equals), new BigDecimal(text.substring(equals + 1, end)));
			start = end + 1;
		}
		return decoded;
	}

	BigDecimal get(String code) {
		Integer index = Codes.known(code);
		return index == null || index >= sums.length ? null : sums[index];
	}

	/** The sums as a new map, code → sum, in the order the codes were first seen. */
	Map<String, BigDecimal> asMap() {
		Map<String, BigDecimal> map = new LinkedHashMap<>();
		for (int i = 0; i < sums.length; i++) {
			if (sums[i] != null) {
				map.put(Codes.code(i), sums[i]);
			}
		}
		return map;
	}

	/**
	 * Figure codes numbered in the order first seen. They come from the form definition (indicators, choices,
	 * derived figures, the two parts of averages), so there are a few hundred per form and the numbering never
	 * needs to forget one.
	 */
	private static final class Codes {

		private static final Map<String, Integer> INDEX = new ConcurrentHashMap<>();

		private static volatile String[] codes = new String[0];

		static int count() {
			return codes.length;
		}

		static Integer known(String code) {
			return INDEX.get(code);
		}

		static int index(String code) {
			Integer index = INDEX.get(code);
			return index != null ? index : assign(code);
		}

		private static synchronized int assign(String code) {
			Integer index = INDEX.get(code);
			if (index != null) {
				return index;
			}
			String[] grown = Arrays.copyOf(codes, codes.length + 1);
			grown[codes.length] = code;
			// The array is published before the index, so whoever finds a number also finds its code.
			codes = grown;
			INDEX.put(code, codes.length - 1);
			return codes.length - 1;
		}

		static String code(int index) {
			return codes[index];
		}
	}
}
