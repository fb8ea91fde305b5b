package vn.tonghop.report;

import vn.tonghop.consolidation.Total;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One unit's consolidated figures of a run, looked up by indicator and period. */
final class UnitFigures {

	private final Map<String, BigDecimal> values = new HashMap<>();

	UnitFigures(List<Total> totals) {
		totals.forEach(t -> values.put(t.indicator() + "|" + t.period(), t.value()));
	}

	BigDecimal get(String indicator, String period) {
		return values.get(indicator + "|" + period);
	}
}
