package vn.tonghop.report;

import vn.tonghop.form.AggregationClass;
import vn.tonghop.targets.Target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

/**
 * Judges a term target at mid-term (DOMAIN.md §4). A flow (class F) is measured over the period against its yearly
 * allocations when given, else against the pro-rata share of the term (3/5 after 2020); a stock, count or ratio is
 * measured on the last year against the term target. "At least" targets are exceeded above the target ("Vượt"),
 * met at it ("Đạt"), not met below it ("Chưa đạt"); "at most" targets are met at or below the target. It also
 * projects the term-end figure from the trend of the years measured and says whether the target is within reach.
 */
final class TargetJudge {

	enum Verdict {
		EXCEEDED, MET, NOT_MET
	}

	/** @param due the target for the period measured; {@code percent} is the result as a share of it */
	record Judgement(BigDecimal due, BigDecimal result, BigDecimal percent, Verdict verdict) {
	}

	/** Whether the term target is within reach at the trend of the years measured. */
	enum Prospect {
		LIKELY, UNLIKELY
	}

	/** @param value the projected term-end figure (for a flow, the sum over the whole term) */
	record Projection(BigDecimal value, Prospect prospect) {
	}

	private final int yearsElapsed;

	private final int termYears;

	TargetJudge(int yearsElapsed, int termYears) {
		this.yearsElapsed = yearsElapsed;
		this.termYears = termYears;
	}

	/**
	 * @param periodValue the figure over the period (for F the sum of the years)
	 * @param lastYearValue the figure of the last year (for S, A and R)
	 * @return empty when there is no result to judge
	 */
	Optional<Judgement> judge(Target target, AggregationClass aggregation, BigDecimal periodValue,
			BigDecimal lastYearValue) {
		boolean flow = aggregation == AggregationClass.F;
		BigDecimal result = flow ? periodValue : lastYearValue;
		if (result == null) {
			return Optional.empty();
		}
		BigDecimal due = flow ? flowDue(target) : target.termTarget();
		BigDecimal percent = due.signum() == 0 ? null
				: result.multiply(BigDecimal.valueOf(100)).divide(due, 2, RoundingMode.HALF_UP);
		int comparison = result.compareTo(due);
		Verdict verdict;
		if (target.comparison().equals("<=")) {
			verdict = comparison <= 0 ? Verdict.MET : Verdict.NOT_MET;
		}
		else {
			verdict = comparison > 0 ? Verdict.EXCEEDED : comparison == 0 ? Verdict.MET : Verdict.NOT_MET;
		}
		return Optional.of(new Judgement(due, result, percent, verdict));
	}

	/**
	 * Projects the term-end figure from the years measured, the method the report's footnote states: a flow adds, for
	 * each remaining year of the term, the average of the years measured; a stock, count or ratio goes on changing by
	 * its average yearly change from the first to the last year measured (a ratio stays within 0–100 %).
	 *
	 * @param firstYearValue the figure of the first year (for S, A and R; null when the unit had none)
	 * @return empty when there is no result to project from
	 */
	Optional<Projection> project(Target target, AggregationClass aggregation, BigDecimal periodValue,
			BigDecimal firstYearValue, BigDecimal lastYearValue, boolean percent) {
		int remaining = termYears - yearsElapsed;
		BigDecimal projected;
		if (aggregation == AggregationClass.F) {
			if (periodValue == null) {
				return Optional.empty();
			}
			BigDecimal yearly = periodValue.divide(BigDecimal.valueOf(yearsElapsed), 6, RoundingMode.HALF_UP);
			projected = periodValue.add(yearly.multiply(BigDecimal.valueOf(remaining)));
		}
		else {
			if (lastYearValue == null) {
				return Optional.empty();
			}
			BigDecimal change = firstYearValue == null || yearsElapsed < 2 ? BigDecimal.ZERO
					: lastYearValue.subtract(firstYearValue)
						.divide(BigDecimal.valueOf(yearsElapsed - 1), 6, RoundingMode.HALF_UP);
			projected = lastYearValue.add(change.multiply(BigDecimal.valueOf(remaining)));
			if (percent) {
				projected = projected.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100));
			}
		}
		projected = projected.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		projected = projected.scale() < 0 ? projected.setScale(0) : projected;
		int comparison = projected.compareTo(target.termTarget());
		boolean reached = target.comparison().equals("<=") ? comparison <= 0 : comparison >= 0;
		return Optional.of(new Projection(projected, reached ? Prospect.LIKELY : Prospect.UNLIKELY));
	}

	private BigDecimal flowDue(Target target) {
		Map<Integer, BigDecimal> allocations = target.allocations();
		if (!allocations.isEmpty()) {
			return allocations.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		}
		return target.termTarget()
			.multiply(BigDecimal.valueOf(yearsElapsed))
			.divide(BigDecimal.valueOf(termYears), 3, RoundingMode.HALF_UP)
			.stripTrailingZeros();
	}
}
