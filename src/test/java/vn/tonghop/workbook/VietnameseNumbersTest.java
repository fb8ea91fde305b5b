package vn.tonghop.workbook;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The reading rules of DOMAIN.md §3 for numbers typed as text. Expected values worked out by hand. */
class VietnameseNumbersTest {

	@ParameterizedTest(name = "\"{0}\" in a whole-number field is {1}")
	@CsvSource(delimiter = ';', value = { "1234;1234", "1.234;1234", "1.234.567;1234567", "1,234;1234",
			"1,234,567;1234567", "1.234,5;1234.5", "1,234.5;1234.5", "12,5;12.5", "' 1 234 ';1234",
			"1\u00A0234;1234", "-;0", "–;0", "45 người;45", "-3;-3", "0;0" })
	void readsWholeNumberFields(String text, String expected) {
		assertThat(VietnameseNumbers.parse(text, true)).hasValueSatisfying(
				v -> assertThat(v).isEqualByComparingTo(new BigDecimal(expected)));
	}

	@ParameterizedTest(name = "\"{0}\" in a money field is {1}")
	@CsvSource(delimiter = ';', value = { "1.234;1234", "1,234;1.234", "12,5;12.5", "12.5;12.5", "1.234,56;1234.56",
			"1.234.567,8;1234567.8", "500 triệu đồng;500", "0,125;0.125" })
	void readsMoneyFields(String text, String expected) {
		assertThat(VietnameseNumbers.parse(text, false)).hasValueSatisfying(
				v -> assertThat(v).isEqualByComparingTo(new BigDecimal(expected)));
	}

	@ParameterizedTest(name = "\"{0}\" is not a number")
	@CsvSource(delimiter = ';', value = { "khoảng mười", "1.2.3", "12,34,5", "1.234,5.6", "abc12", "12.", "''",
			"1,23.456" })
	void refusesWhatIsNotANumber(String text) {
		assertThat(VietnameseNumbers.parse(text, true)).isEmpty();
	}
}
