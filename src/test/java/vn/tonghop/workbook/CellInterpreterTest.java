package vn.tonghop.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class CellInterpreterTest {

	@Test
	void aWholeNumberIsTheDecimalExcelShowsAsValueOfPrintsIt() {
		for (long n = -10_000_000; n <= 10_000_000; n += 997) {
			sameAsValueOf(n);
		}
		for (double edge : new double[] { 0, -0.0, 1, -1, 9_999_999, -9_999_999, 10_000_000, 10_000_001, 1e15,
				123_456_789_012_345d, 0.5, 12.300000000000001, 1.234, -7.25, 1e-9 }) {
			sameAsValueOf(edge);
		}
	}

	@Test
	void aWholeNumberGivesItsValueAndAFractionKeepsIt() {
		assertThat(CellInterpreter.decimal(1_234_567).stripTrailingZeros()).isEqualByComparingTo("1234567");
		assertThat(CellInterpreter.decimal(100).stripTrailingZeros().toPlainString()).isEqualTo("100");
		assertThat(CellInterpreter.decimal(12.3).stripTrailingZeros().toPlainString()).isEqualTo("12.3");
		assertThat(CellInterpreter.decimal(-0.0).signum()).isZero();
	}

	private static void sameAsValueOf(double number) {
		BigDecimal expected = BigDecimal.valueOf(number).stripTrailingZeros();
		BigDecimal actual = CellInterpreter.decimal(number).stripTrailingZeros();
		assertThat(actual).as("%s", number).isEqualTo(expected);
		assertThat(actual.scale()).as("%s", number).isEqualTo(expected.scale());
	}
}
