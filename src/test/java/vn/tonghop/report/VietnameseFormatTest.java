package vn.tonghop.report;

import vn.tonghop.system.VietnameseFormat;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseFormatTest {

	private static final vn.tonghop.system.Messages VI = vn.tonghop.system.TestMessages.vietnamese();

	/** A date in a file staff import: ISO, or day/month/year as Excel saves it in Vietnam; only days the calendar has. */
	@Test
	void aDateIsReadInBothFormsAndOnlyIfTheCalendarHasIt() {
		assertThat(VietnameseFormat.parseDate("2020-12-15")).contains(LocalDate.of(2020, 12, 15));
		assertThat(VietnameseFormat.parseDate("15/12/2020")).contains(LocalDate.of(2020, 12, 15));
		assertThat(VietnameseFormat.parseDate(" 5/1/2021 ")).contains(LocalDate.of(2021, 1, 5));
		assertThat(VietnameseFormat.parseDate("29/02/2020")).contains(LocalDate.of(2020, 2, 29));
		for (String wrong : java.util.List.of("29/02/2021", "2020-02-31", "12/31/2020", "15.12.2020", "15/12/20", "")) {
			assertThat(VietnameseFormat.parseDate(wrong)).as(wrong).isEmpty();
		}
		assertThat(vn.tonghop.workflow.Deadlines.parse("CDCS=15/11/2020;HUYEN=2020-12-31"))
			.containsExactly(java.util.Map.entry("CDCS", LocalDate.of(2020, 11, 15)),
					java.util.Map.entry("HUYEN", LocalDate.of(2020, 12, 31)));
	}

	@Test
	void numbersGroupThousandsWithAPointAndUseADecimalComma() {
		assertThat(VietnameseFormat.number(new BigDecimal("12345"))).isEqualTo("12.345");
		assertThat(VietnameseFormat.number(new BigDecimal("1234.5"))).isEqualTo("1.234,5");
		assertThat(VietnameseFormat.number(new BigDecimal("1234567.125"))).isEqualTo("1.234.567,125");
		assertThat(VietnameseFormat.number(new BigDecimal("7.840"))).isEqualTo("7,84");
		assertThat(VietnameseFormat.number(BigDecimal.ZERO)).isEqualTo("0");
		assertThat(VietnameseFormat.number(null)).isEmpty();
	}

	@Test
	void percentagesKeepOneDecimal() {
		assertThat(VietnameseFormat.percent(new BigDecimal("85.30"))).isEqualTo("85,3%");
		assertThat(VietnameseFormat.percent(new BigDecimal("66.67"))).isEqualTo("66,7%");
		assertThat(VietnameseFormat.percent(new BigDecimal("100.00"))).isEqualTo("100,0%");
		assertThat(VietnameseFormat.percent(new BigDecimal("75.97"))).isEqualTo("76,0%");
		assertThat(VietnameseFormat.percent(new BigDecimal("71.94"))).isEqualTo("71,9%");
	}

	@Test
	void amountsKeepOneDecimalAndCountsNone() {
		assertThat(VietnameseFormat.amount(new BigDecimal("1234.54"))).isEqualTo("1.234,5");
		assertThat(VietnameseFormat.amount(new BigDecimal("1234.55"))).isEqualTo("1.234,6");
		assertThat(VietnameseFormat.amount(new BigDecimal("7"))).isEqualTo("7,0");
		assertThat(VietnameseFormat.count(new BigDecimal("12345.5"))).isEqualTo("12.346");
		assertThat(VietnameseFormat.count(null)).isEmpty();
	}

	@Test
	void datesFollowDecree30WithLeadingZeros() {
		assertThat(VietnameseFormat.date(LocalDate.of(2020, 12, 15), VI)).isEqualTo("ngày 15 tháng 12 năm 2020");
		assertThat(VietnameseFormat.date(LocalDate.of(2020, 2, 5), VI)).isEqualTo("ngày 05 tháng 02 năm 2020");
		assertThat(VietnameseFormat.date(LocalDate.of(2021, 3, 9), VI)).isEqualTo("ngày 09 tháng 3 năm 2021");
	}

	@Test
	void thePlaceOfADocumentComesFromTheUnitName() {
		assertThat(UnitNames.placeOf("Liên đoàn Lao động huyện Dương Minh Châu")).isEqualTo("Dương Minh Châu");
		assertThat(UnitNames.placeOf("Liên đoàn Lao động thành phố Tây Ninh")).isEqualTo("Tây Ninh");
		assertThat(UnitNames.placeOf("Liên đoàn Lao động thị xã Hòa Thành")).isEqualTo("Hòa Thành");
		assertThat(UnitNames.placeOf("Công đoàn Khu kinh tế tỉnh Tây Ninh")).isEqualTo("Tây Ninh");
	}
}
