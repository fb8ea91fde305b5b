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

	BigDecimal get(String code) {
		return sums.get(code);
	}

	Map<String, BigDecimal> asMap() {
		return sums;
	}
}
