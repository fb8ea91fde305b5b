package vn.tonghop.report;

import org.junit.jupiter.api.Test;

import vn.tonghop.form.AggregationClass;
import vn.tonghop.targets.Target;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** DOMAIN.md §4, worked by hand: a flow target of the 5-year term is due at 3/5 after 2020. */
class TargetJudgeTest {

	private final TargetJudge judge = new TargetJudge(3, 5);

	private static Target target(String comparison, int term, Map<Integer, BigDecimal> allocations) {
		return new Target("H1", "TC07", comparison, BigDecimal.valueOf(term), allocations, "");
	}

	private TargetJudge.Judgement flow(String comparison, int term, int result) {
		return judge.judge(target(comparison, term, Map.of()), AggregationClass.F, BigDecimal.valueOf(result), null)
			.orElseThrow();
	}

	@Test
	void aFlowIsJudgedAgainstThreeFifthsOfTheTermTarget() {
		// 1000 over the term → 600 due by 2020. 650 is 108,33 % of it.
		TargetJudge.Judgement above = flow(">=", 1000, 650);
		assertThat(above.due()).isEqualByComparingTo("600");
		assertThat(above.percent()).isEqualByComparingTo("108.33");
		assertThat(above.verdict()).isEqualTo(TargetJudge.Verdict.EXCEEDED);
		assertThat(flow(">=", 1000, 600).verdict()).isEqualTo(TargetJudge.Verdict.MET);
		assertThat(flow(">=", 1000, 599).verdict()).isEqualTo(TargetJudge.Verdict.NOT_MET);
	}

	@Test
	void yearlyAllocationsReplaceTheProRataShare() {
		Target allocated = target(">=", 1000, Map.of(2018, BigDecimal.valueOf(100), 2019, BigDecimal.valueOf(150),
				2020, BigDecimal.valueOf(250)));
		TargetJudge.Judgement j = judge.judge(allocated, AggregationClass.F, BigDecimal.valueOf(450), null).orElseThrow();
		assertThat(j.due()).isEqualByComparingTo("500");
		assertThat(j.percent()).isEqualByComparingTo("90.00");
		assertThat(j.verdict()).isEqualTo(TargetJudge.Verdict.NOT_MET);
	}

	@Test
	void aStockOrRatioIsJudgedOnTheLastYearAgainstTheWholeTarget() {
		Target members = new Target("H1", "TC06", ">=", BigDecimal.valueOf(100), Map.of(), "");
		TargetJudge.Judgement j = judge.judge(members, AggregationClass.S, BigDecimal.valueOf(999),
				BigDecimal.valueOf(117)).orElseThrow();
		assertThat(j.due()).isEqualByComparingTo("100");
		assertThat(j.result()).isEqualByComparingTo("117");
		assertThat(j.verdict()).isEqualTo(TargetJudge.Verdict.EXCEEDED);
	}

	@Test
	void anAtMostTargetIsMetAtOrBelowIt() {
		// At most 5 stoppages over the term → at most 3 by 2020.
		assertThat(flow("<=", 5, 3).verdict()).isEqualTo(TargetJudge.Verdict.MET);
		assertThat(flow("<=", 5, 0).verdict()).isEqualTo(TargetJudge.Verdict.MET);
		assertThat(flow("<=", 5, 4).verdict()).isEqualTo(TargetJudge.Verdict.NOT_MET);
	}

	@Test
	void noResultNoJudgement() {
		assertThat(judge.judge(target(">=", 10, Map.of()), AggregationClass.S, null, null)).isEmpty();
	}

	@Test
	void aFlowIsProjectedAtItsAverageYearOverTheRemainingYears() {
		// H1 of the fixture: TC07 3 + 83 + 19 = 105 over 2018–2020, 35 a year; 2 years remain → 105 + 70 = 175 < 200.
		TargetJudge.Projection p = judge.project(target(">=", 200, Map.of()), AggregationClass.F,
				BigDecimal.valueOf(105), null, null, false).orElseThrow();
		assertThat(p.value()).isEqualByComparingTo("175");
		assertThat(p.prospect()).isEqualTo(TargetJudge.Prospect.UNLIKELY);
		assertThat(judge.project(target(">=", 175, Map.of()), AggregationClass.F, BigDecimal.valueOf(105), null, null,
				false).orElseThrow().prospect()).isEqualTo(TargetJudge.Prospect.LIKELY);
	}

	@Test
	void aStockGoesOnAtItsAverageYearlyChange() {
		// TC06 33 in 2018, 117 in 2020: +42 a year; two more years → 201 ≥ 100.
		Target members = new Target("H1", "TC06", ">=", BigDecimal.valueOf(100), Map.of(), "");
		TargetJudge.Projection p = judge.project(members, AggregationClass.S, null, BigDecimal.valueOf(33),
				BigDecimal.valueOf(117), false).orElseThrow();
		assertThat(p.value()).isEqualByComparingTo("201");
		assertThat(p.prospect()).isEqualTo(TargetJudge.Prospect.LIKELY);
		// Falling from 80 to 70: −5 a year → 60 by the term's end, short of 75.
		Target falling = new Target("H1", "TC06", ">=", BigDecimal.valueOf(75), Map.of(), "");
		assertThat(judge.project(falling, AggregationClass.S, null, BigDecimal.valueOf(80), BigDecimal.valueOf(70),
				false).orElseThrow()).isEqualTo(new TargetJudge.Projection(new BigDecimal("60"),
						TargetJudge.Prospect.UNLIKELY));
	}

	@Test
	void aRatioStaysWithinAHundredPerCentAndAnAtMostTargetIsReachedBelowIt() {
		// 90 % → 98 %: +4 points a year would give 106 %, held at 100 %.
		Target ratio = new Target("H1", "DD04", ">=", BigDecimal.valueOf(100), Map.of(), "");
		assertThat(judge.project(ratio, AggregationClass.R, null, BigDecimal.valueOf(90), BigDecimal.valueOf(98), true)
			.orElseThrow()).isEqualTo(new TargetJudge.Projection(new BigDecimal("100"), TargetJudge.Prospect.LIKELY));
		// At most 5 stoppages over the term; 1 + 1 + 1 so far → 5 by the end: reached.
		assertThat(judge.project(target("<=", 5, Map.of()), AggregationClass.F, BigDecimal.valueOf(3), null, null,
				false).orElseThrow().prospect()).isEqualTo(TargetJudge.Prospect.LIKELY);
	}
}
