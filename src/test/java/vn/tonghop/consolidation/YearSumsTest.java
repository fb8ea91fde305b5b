package vn.tonghop.consolidation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class YearSumsTest {

	@Test
	void sumsByCodeAndKeepsTheScaleOfDecimals() {
		YearSums sums = new YearSums();
		sums.add("TC06", new BigDecimal("1234.5"));
		sums.add("TC06", new BigDecimal("0.25"));
		sums.add("LD01", BigDecimal.valueOf(7));

		assertThat(sums.get("TC06")).isEqualByComparingTo("1234.75").hasScaleOf(2);
		assertThat(sums.get("LD01")).isEqualTo(BigDecimal.valueOf(7));
		assertThat(sums.get("never-added-anywhere")).isNull();
	}

	@Test
	void aCodeAddedElsewhereLaterIsAbsentHereNotZero() {
		YearSums early = new YearSums();
		early.add("LD01", BigDecimal.ONE);
		YearSums later = new YearSums();
		later.add("code-first-seen-after-the-early-sums", BigDecimal.TEN);

		assertThat(early.get("code-first-seen-after-the-early-sums")).isNull();
		assertThat(early.asMap()).containsOnlyKeys("LD01");
		early.addAll(later);
		assertThat(early.asMap()).containsExactlyInAnyOrderEntriesOf(
				Map.of("LD01", BigDecimal.ONE, "code-first-seen-after-the-early-sums", BigDecimal.TEN));
	}

	@Test
	void takingBackWhatWasAddedLeavesZeros() {
		YearSums contribution = new YearSums();
		contribution.add("TC07", new BigDecimal("12.50"));
		contribution.add("TD04", BigDecimal.valueOf(3));
		YearSums total = new YearSums();
		total.add("TD04", BigDecimal.valueOf(40));

		total.addAll(contribution);
		total.addAll(contribution.negated());

		assertThat(total.get("TD04")).isEqualTo(BigDecimal.valueOf(40));
		assertThat(total.get("TC07")).isEqualByComparingTo("0");
	}

	@Test
	void encodingIsInCodeOrderAndDecodesToTheSameDecimals() {
		YearSums sums = new YearSums();
		sums.add("TD04", BigDecimal.valueOf(3));
		sums.add("LD01", new BigDecimal("-1.50"));
		sums.add("XQ01.Tốt", BigDecimal.ONE);

		String text = sums.encode();

		assertThat(text).isEqualTo("LD01=-1.50\nTD04=3\nXQ01.Tốt=1\n");
		assertThat(YearSums.decode(text).asMap()).isEqualTo(sums.asMap());
		assertThat(YearSums.decode(text).get("LD01")).hasScaleOf(2);
	}
}
