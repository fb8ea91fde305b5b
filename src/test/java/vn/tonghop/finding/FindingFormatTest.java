package vn.tonghop.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import vn.tonghop.form.TestForms;
import vn.tonghop.system.TestMessages;
import vn.tonghop.system.VietnameseFormat;

class FindingFormatTest {

	/**
	 * A finding and a report print a value through the same formatter, rounding half-up: 1234,5665 is "1.234,567"
	 * in both (half-even, which findings used before, gave "1.234,566" beside the report's "1.234,567").
	 */
	@Test
	void aFindingAndAReportPrintAValueIdentically() {
		var messages = TestMessages.vietnamese();
		BigDecimal value = new BigDecimal("1234.5665");
		Finding finding = Finding.at(Severity.WARNING, "W4", "a.xlsx", null, null, null, null,
				"validation.moneyTooLarge", VietnameseFormat.value(value, messages));
		String message = new FindingFormatter(messages, TestForms.bieu01(), null).message(finding);
		assertThat(message).startsWith("Số tiền 1.234,567 triệu đồng");
		assertThat(VietnameseFormat.number(value)).isEqualTo("1.234,567");
		assertThat(VietnameseFormat.value(Boolean.TRUE, messages)).isEqualTo("Có");
	}
}
