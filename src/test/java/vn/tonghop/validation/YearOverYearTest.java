package vn.tonghop.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;

import vn.tonghop.finding.Finding;
import vn.tonghop.form.Form;
import vn.tonghop.form.FormLoader;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.OrgUnit;

/**
 * W7 on a fixture worked out by hand (a calculator, not this code): ten CĐCS of one sector had 100 workers in 2019;
 * in 2020 nine have 100 to 108 and one has 1.000. U = 0,4, C = 7, A = 0,05, at least 10 units.
 * <ul>
 * <li>ratios 1,00 … 1,08 and 10; median rM = (1,04 + 1,05) / 2 = 1,045;</li>
 * <li>centred s: 1 − 1,045/1,00 = −0,045; 1 − 1,045/1,01 = −0,034653; … 1,05/1,045 − 1 = 0,004785; …
 * 10/1,045 − 1 = 8,569378;</li>
 * <li>E = s × max(2019, 2020)^0,4 with 100^0,4 = 6,309573, 101^0,4 = 6,334890, …, 1000^0,4 = 15,848932:
 * E(1) = −0,283931, E(10) = 135,815488;</li>
 * <li>sorted E, quartiles at h = 9 × 0,25 = 2,25 and 6,75: EQ1 = E(3) + 0,25 (E(4) − E(3)) = −0,140152,
 * EM = (E(5) + E(6)) / 2 = −0,000015, EQ3 = E(7) + 0,75 (E(8) − E(7)) = 0,139492;</li>
 * <li>bounds EM − 7 × 0,140137 = −0,980976 and EM + 7 × 0,139507 = 0,976531: only the tenth unit lies outside.</li>
 * </ul>
 */
class YearOverYearTest {

	private static final double[] WORKERS_2020 = { 100, 101, 102, 103, 104, 105, 106, 107, 108, 1000 };

	@Test
	void theGroupsStatisticsAreThoseWorkedOutByHand() {
		List<HidiroglouBerthelot.Pair> pairs = new ArrayList<>();
		for (int i = 0; i < WORKERS_2020.length; i++) {
			pairs.add(new HidiroglouBerthelot.Pair("U" + (i + 1), 100, WORKERS_2020[i]));
		}
		HidiroglouBerthelot.Group group = new HidiroglouBerthelot(0.4, 7, 0.05, 0).judge(pairs);
		assertThat(group.medianRatio()).isCloseTo(1.045, within(1e-12));
		assertThat(group.units().get(0).effect()).isCloseTo(-0.283931, within(1e-6));
		assertThat(group.units().get(9).effect()).isCloseTo(135.815488, within(1e-6));
		assertThat(group.q1()).isCloseTo(-0.140152, within(1e-6));
		assertThat(group.medianEffect()).isCloseTo(-0.000015, within(1e-6));
		assertThat(group.q3()).isCloseTo(0.139492, within(1e-6));
		assertThat(group.lowerBound()).isCloseTo(-0.980976, within(1e-6));
		assertThat(group.upperBound()).isCloseTo(0.976531, within(1e-6));
		assertThat(group.units()).filteredOn(HidiroglouBerthelot.Judged::outlier)
			.extracting(j -> j.pair().unit())
			.containsExactly("U10");
		// The tenth unit's plausible ratios: its size factor is 15,848932, so s may lie between −0,980976 / 15,848932
		// = −0,061896 and 0,976531 / 15,848932 = 0,061615: ratios 1,045 / 1,061896 = 0,984089 to 1,045 × 1,061615 =
		// 1,109388.
		assertThat(group.units().get(9).low()).isCloseTo(0.984089, within(1e-6));
		assertThat(group.units().get(9).high()).isCloseTo(1.109388, within(1e-6));
		// The first unit at 1,5 instead: the median becomes (1,05 + 1,06) / 2 = 1,055, and with the floor of 0,5 the
		// plausible ratios are at least 1,055 / 1,5 = 0,703333 to 1,055 × 1,5 = 1,5825: 1,5 lies inside although the
		// test alone flags it, the tenth unit (10) is still beyond.
		pairs.set(0, new HidiroglouBerthelot.Pair("U1", 100, 150));
		HidiroglouBerthelot.Group floored = new HidiroglouBerthelot(0.4, 7, 0.05, 0.5).judge(pairs);
		assertThat(floored.units().get(0).effect()).isGreaterThan(floored.upperBound());
		assertThat(floored.units()).filteredOn(HidiroglouBerthelot.Judged::outlier)
			.extracting(j -> j.pair().unit())
			.containsExactly("U10");
		assertThat(floored.units().get(9).low()).isCloseTo(0.703333, within(1e-6));
		assertThat(floored.units().get(9).high()).isCloseTo(1.5825, within(1e-6));
	}

	@Test
	void aSectorTooSmallToJudgeEarnsNothingAndTheJumpOfAJudgedOneIsNamedInVietnamese() {
		Form form = new FormLoader().load(new ClassPathResource("forms/bieu01-cdcs.yaml"));
		List<OrgUnit> units = new ArrayList<>();
		units.add(unit("H", null, "HUYEN", null));
		List<YearOverYear.Observed> observed = new ArrayList<>();
		for (int i = 0; i < WORKERS_2020.length; i++) {
			// Ten enterprises outside the state sector, judged; nine cooperatives with the same jump, too few.
			units.add(unit("N" + i, "H", "CDCS", "NNN"));
			observed.add(YearOverYear.Observed.of(form, "N" + i, "H/N" + i + ".xlsx", Map.of("LD01",
					Map.of(2018, 100, 2019, 100, 2020, (int) WORKERS_2020[i]))));
			if (i < 9) {
				units.add(unit("K" + i, "H", "CDCS", "KHAC"));
				observed.add(YearOverYear.Observed.of(form, "K" + i, "H/K" + i + ".xlsx", Map.of("LD01",
						Map.of(2018, 100, 2019, 100, 2020, i == 8 ? 1000 : 100 + i))));
			}
		}
		List<Finding> findings = new YearOverYear("CDCS").check(form, new OrgTree(units), observed);
		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.code()).isEqualTo("W7");
			assertThat(f.file()).isEqualTo("H/N9.xlsx");
			assertThat(f.indicator()).isEqualTo("LD01");
			assertThat(f.year()).isEqualTo(2020);
		});
		ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
		bundle.setBasename("messages");
		bundle.setDefaultEncoding("UTF-8");
		bundle.setFallbackToSystemLocale(false);
		String text = bundle.getMessage(findings.get(0).key(), findings.get(0).args().toArray(),
				java.util.Locale.forLanguageTag("vi"));
		assertThat(text).isEqualTo("Biến động bất thường so với năm trước: năm 2020 là 1.000, năm 2019 là 100 (gấp "
				+ "10,00 lần). Các công đoàn cơ sở cùng khu vực \"Doanh nghiệp ngoài nhà nước\" thay đổi gấp 1,05 lần "
				+ "(trung vị); với quy mô của đơn vị, mức hợp lý năm 2020 là từ 70 đến 157 (gấp 0,70 đến 1,57 "
				+ "lần). Hãy kiểm tra lại: có gõ nhầm, thừa hoặc thiếu chữ số, hay ghi đồng thay cho triệu đồng không?");
	}

	private static OrgUnit unit(String code, String parent, String type, String sector) {
		return new OrgUnit(code, "Đơn vị " + code, type, parent, sector, LocalDate.of(2010, 1, 1), null);
	}
}
