package vn.tonghop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

import vn.tonghop.consolidation.Total;
import vn.tonghop.form.TestForms;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.system.TestMessages;

/**
 * The ratio chart (Biểu 01's DD04, the share of enterprises with a collective agreement) is drawn only from figures
 * there are: a unit whose CĐCS are schools has none, and gets no empty frame of axes.
 */
class ChartsTest {

	@Test
	void aYearWithoutTheRatioIsLabelledByItsYearAloneAndAUnitWithoutAnyGetsNoChart() {
		UnitFigures oneYear = new UnitFigures(List.of(new Total("H", "DD04", "2019", new BigDecimal("45.0"))));

		JFreeChart chart = Charts.ratioByYear(TestForms.bieu01(), oneYear, TestMessages.vietnamese()).orElseThrow();

		assertThat(chart.getCategoryPlot().getDataset().getColumnKeys()).containsExactly("2018", "2019 (45,0%)", "2020");
		assertThat(Charts.ratioByYear(TestForms.bieu01(), new UnitFigures(List.of()), TestMessages.vietnamese())).isEmpty();
		assertThat(Charts.ratioByYearTitle(TestForms.bieu01(), TestMessages.vietnamese()))
			.isEqualTo("Tỷ lệ doanh nghiệp có CĐCS đã ký TƯLĐTT 2018–2020 (%)");
	}

	@Test
	void childrenWithoutTheRatioGiveNoChart() {
		OrgUnit school = new OrgUnit("GD", "Công đoàn ngành Giáo dục", "NGANH", "T", "HCSN", LocalDate.of(2010, 1, 1), null);
		OrgUnit district = new OrgUnit("H", "Liên đoàn Lao động huyện Hai", "HUYEN", "T", null, LocalDate.of(2010, 1, 1),
				null);
		Map<OrgUnit, BigDecimal> none = new HashMap<>();
		none.put(school, null);

		assertThat(Charts.ratioByChild(TestForms.bieu01(), none, TestMessages.vietnamese())).isEmpty();
		assertThat(Charts.ratioByChild(TestForms.bieu01(), Map.of(district, new BigDecimal("60.5")),
				TestMessages.vietnamese()).orElseThrow().getCategoryPlot().getDataset().getColumnCount()).isEqualTo(1);
	}
}
