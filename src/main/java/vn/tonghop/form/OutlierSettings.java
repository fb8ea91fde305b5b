package vn.tonghop.form;

import java.math.BigDecimal;
import java.util.List;

/**
 * The year-over-year outlier check (W7) of a form: which numeric indicators, and the Hidiroglou–Berthelot
 * parameters. Each CĐCS's ratio of a year to the year before is compared with those of the other CĐCS of its sector.
 *
 * @param exponent U, how much a unit's size weighs (0 to 1; 0,4 is usual)
 * @param width C, how many quartile distances from the median a ratio may lie (7 is usual)
 * @param spread A, the least distance as a share of the median effect (0,05 is usual), so that a group whose
 * quartiles coincide does not flag every small change
 * @param minimumGroup the fewest units a sector must have for its ratios to be judged
 * @param minimumChange a ratio within this share of the group's median ratio either way (0,5: from median / 1,5 to
 * median × 1,5) is never flagged: where most units report the same figures year after year the quartiles close up
 * to nothing, and without this floor one person more in a small unit would be "unusual"
 */
public record OutlierSettings(List<String> indicators, BigDecimal exponent, BigDecimal width, BigDecimal spread,
		Integer minimumGroup, BigDecimal minimumChange) {

	public OutlierSettings {
		indicators = indicators == null ? List.of() : List.copyOf(indicators);
		spread = spread == null ? new BigDecimal("0.05") : spread;
		minimumChange = minimumChange == null ? BigDecimal.ZERO : minimumChange;
	}

	void check(java.util.Set<String> numericCodes, FaultList faults) {
		indicators.stream()
			.filter(code -> !numericCodes.contains(code))
			.forEach(code -> faults.add("outliers.indicators", "form.fault.outlierIndicator", code));
		if (exponent == null || exponent.signum() < 0 || exponent.compareTo(BigDecimal.ONE) > 0) {
			faults.add("outliers.exponent", "form.fault.outlierExponent");
		}
		if (width == null || width.signum() <= 0) {
			faults.add("outliers.width", "form.fault.outlierWidth");
		}
		if (minimumChange.signum() < 0) {
			faults.add("outliers.minimumChange", "form.fault.outlierChange");
		}
		if (minimumGroup == null || minimumGroup < 4) {
			faults.add("outliers.minimumGroup", "form.fault.outlierGroup");
		}
	}
}
