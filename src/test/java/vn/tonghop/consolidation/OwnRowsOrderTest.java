package vn.tonghop.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import vn.tonghop.form.Form;
import vn.tonghop.form.FormLoader;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.OrgUnit;

/**
 * A CĐCS's own rows come in the order totals.csv is written in, indicator code then period as text, with no sort
 * after them: LD01 before LD01N, and 2018, 2018-2020, 2019, 2020 within each.
 */
class OwnRowsOrderTest {

	@Test
	void aCdcsRowsComeByIndicatorThenPeriodAsText() {
		Form form = new FormLoader().load(new ClassPathResource("forms/bieu01-cdcs.yaml"));
		OrgTree tree = new OrgTree(List.of(unit("P", null, "TINH"), unit("P-H", "P", "HUYEN"),
				unit("P-H-1", "P-H", "CDCS")));
		// LD01N is given first; both are of class S: the period's value is the last year's.
		Map<String, Map<Integer, Object>> figures = new java.util.LinkedHashMap<>();
		figures.put("LD01N", Map.of(2018, new BigDecimal("5"), 2019, new BigDecimal("6"), 2020, new BigDecimal("7")));
		figures.put("LD01", Map.of(2020, new BigDecimal("12"), 2018, new BigDecimal("10"), 2019, new BigDecimal("11")));
		List<Total> rows = new ArrayList<>();

		new RollUp(form, tree, "CDCS").emitOwn("P-H-1", figures, rows::add);

		// Every indicator of the form has its rows (0 where nothing was reported), all in that order.
		assertThat(rows).hasSizeGreaterThan(100)
			.isSortedAccordingTo(java.util.Comparator.comparing(Total::indicator).thenComparing(Total::period));
		List<String> shown = rows.stream().map(t -> t.indicator() + " " + t.period() + " " + t.value().toPlainString())
			.toList();
		int ld01 = shown.indexOf("LD01 2018 10");
		assertThat(ld01).isNotNegative();
		assertThat(shown.subList(ld01, ld01 + 8)).containsExactly("LD01 2018 10", "LD01 2018-2020 12", "LD01 2019 11",
				"LD01 2020 12", "LD01N 2018 5", "LD01N 2018-2020 7", "LD01N 2019 6", "LD01N 2020 7");
	}

	private static OrgUnit unit(String code, String parent, String type) {
		return new OrgUnit(code, "Đơn vị " + code, type, parent, "HCSN", LocalDate.of(2010, 1, 1), null);
	}
}
