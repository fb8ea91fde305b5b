package vn.tonghop.consolidation;

import vn.tonghop.form.AggregationClass;
import vn.tonghop.form.DerivedIndicator;
import vn.tonghop.form.Form;
import vn.tonghop.form.Indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A unit's printed rows from its sums by year: plain sums, averages of class R from their two parts, derived sums
 * and ratios computed from the sums at this level (never summed from below), and the period value the figure's
 * class decides (S the last year, S0 the first, F the sum, A none, R recomputed from the period's parts).
 */
final class UnitRows {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final Form form;

	private final String period;

	/** The form's years and its period (null) in the order of their rows: as text, so 2018, 2018-2020, 2019, 2020. */
	private final List<Integer> periodOrder;

	UnitRows(Form form) {
		this.form = form;
		this.period = form.firstYear() + "-" + form.lastYear();
		List<Integer> order = new ArrayList<>(form.years());
		order.add(null);
		order.sort(Comparator.comparing(year -> year == null ? period : String.valueOf(year)));
		this.periodOrder = java.util.Collections.unmodifiableList(order);
	}

	/**
	 * Emits a unit's rows ordered by indicator code, then by period as text: the order of totals.csv and of the
	 * stored totals, so that a caller need not sort them.
	 *
	 * @param withDerived true above the CĐCS: derived figures, completeness, and 0 for what nobody reported
	 */
	void emit(String unitCode, Map<Integer, YearSums> years, boolean withDerived, Consumer<Total> out) {
		Map<Integer, Map<String, BigDecimal>> values = new HashMap<>();
		years.forEach((year, sums) -> values.put(year, finalValues(sums, withDerived)));
		java.util.Set<String> distinct = new java.util.HashSet<>();
		values.values().forEach(v -> distinct.addAll(v.keySet()));
		List<String> codes = new ArrayList<>(distinct);
		codes.sort(null);
		for (String code : codes) {
			for (Integer year : periodOrder) {
				if (year == null) {
					periodValue(code, years, values).ifPresent(v -> out.accept(new Total(unitCode, code, period, v)));
					continue;
				}
				BigDecimal v = values.getOrDefault(year, Map.of()).get(code);
				if (v != null) {
					out.accept(new Total(unitCode, code, String.valueOf(year), v));
				}
			}
		}
	}

	/** The figures of a year as printed: plain sums, then averages and derived figures computed from them. */
	private Map<String, BigDecimal> finalValues(YearSums sums, boolean withDerived) {
		Map<String, BigDecimal> values = new HashMap<>();
		sums.asMap().forEach((code, v) -> {
			if (!code.endsWith(YearSums.NUMERATOR) && !code.endsWith(YearSums.DENOMINATOR)
					&& (withDerived || !isDerivedOrCompleteness(code))) {
				values.put(code, v);
			}
		});
		for (Indicator indicator : form.indicators()) {
			if (indicator.aggregation() == AggregationClass.R) {
				average(sums.get(indicator.code() + YearSums.NUMERATOR), sums.get(indicator.code() + YearSums.DENOMINATOR))
					.ifPresent(v -> values.put(indicator.code(), v));
			}
		}
		if (withDerived) {
			// A unit above the CĐCS shows 0, not nothing, for what none of its units reported.
			for (Indicator indicator : form.indicators()) {
				if (indicator.aggregation() == AggregationClass.R) {
					continue;
				}
				if (indicator.type() == vn.tonghop.form.ValueType.CHOICE) {
					form.choices(indicator).forEach(c -> values.putIfAbsent(indicator.code() + "." + c, BigDecimal.ZERO));
				}
				else {
					values.putIfAbsent(indicator.code(), BigDecimal.ZERO);
				}
			}
			form.derived()
				.stream()
				.filter(d -> d.sectorShare() != null)
				.forEach(d -> values.putIfAbsent(d.code(), BigDecimal.ZERO));
			addDerived(values);
		}
		return values;
	}

	private void addDerived(Map<String, BigDecimal> values) {
		for (DerivedIndicator derived : form.derived()) {
			if (!derived.sum().isEmpty()) {
				values.put(derived.code(), derived.sum()
					.stream()
					.map(c -> values.getOrDefault(c, BigDecimal.ZERO))
					.reduce(BigDecimal.ZERO, BigDecimal::add));
			}
		}
		for (DerivedIndicator derived : form.derived()) {
			if (derived.ratio() != null) {
				percent(values.get(derived.ratio().numerator()), values.get(derived.ratio().denominator()))
					.ifPresent(v -> values.put(derived.code(), v));
			}
		}
	}

	private Optional<BigDecimal> periodValue(String code, Map<Integer, YearSums> years,
			Map<Integer, Map<String, BigDecimal>> values) {
		AggregationClass aggregation = aggregationOf(code);
		if (aggregation == null) {
			return Optional.empty();
		}
		return switch (aggregation) {
			case S -> Optional.ofNullable(values.getOrDefault(form.lastYear(), Map.of()).get(code));
			case S0 -> Optional.ofNullable(values.getOrDefault(form.firstYear(), Map.of()).get(code));
			case F -> values.values()
				.stream()
				.map(v -> v.get(code))
				.filter(java.util.Objects::nonNull)
				.reduce(BigDecimal::add);
			case A -> Optional.empty();
			case R -> ratioOverPeriod(code, years, values);
		};
	}

	private Optional<BigDecimal> ratioOverPeriod(String code, Map<Integer, YearSums> years,
			Map<Integer, Map<String, BigDecimal>> values) {
		Optional<DerivedIndicator> derived = form.derivedIndicator(code);
		if (derived.isPresent() && derived.get().ratio() != null) {
			DerivedIndicator.Ratio ratio = derived.get().ratio();
			return periodValue(ratio.numerator(), years, values)
				.flatMap(n -> periodValue(ratio.denominator(), years, values).flatMap(d -> percent(n, d)));
		}
		BigDecimal numerator = BigDecimal.ZERO;
		BigDecimal denominator = BigDecimal.ZERO;
		for (YearSums sums : years.values()) {
			if (sums.get(code + YearSums.NUMERATOR) != null) {
				numerator = numerator.add(sums.get(code + YearSums.NUMERATOR));
				denominator = denominator.add(sums.get(code + YearSums.DENOMINATOR));
			}
		}
		return average(numerator, denominator);
	}

	/** The class that decides a figure's period value; null for completeness, which has none. */
	private AggregationClass aggregationOf(String code) {
		String base = Form.baseCode(code);
		return form.indicator(base)
			.map(Indicator::aggregation)
			.or(() -> form.derivedIndicator(base).map(DerivedIndicator::aggregation))
			.orElse(null);
	}

	private boolean isDerivedOrCompleteness(String code) {
		return code.equals(RollUp.SUBMITTED) || code.equals(RollUp.EXPECTED) || form.derivedIndicator(code).isPresent();
	}

	private static Optional<BigDecimal> percent(BigDecimal numerator, BigDecimal denominator) {
		if (numerator == null || denominator == null || denominator.signum() == 0) {
			return Optional.empty();
		}
		return Optional.of(numerator.multiply(HUNDRED).divide(denominator, 2, RoundingMode.HALF_UP));
	}

	private static Optional<BigDecimal> average(BigDecimal numerator, BigDecimal denominator) {
		if (numerator == null || denominator == null || denominator.signum() == 0) {
			return Optional.empty();
		}
		return Optional.of(numerator.divide(denominator, 3, RoundingMode.HALF_UP));
	}
}
