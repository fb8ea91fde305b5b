package vn.tonghop.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.tonghop.consolidation.Total;
import vn.tonghop.form.TestForms;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.system.TestMessages;

import static org.assertj.core.api.Assertions.assertThat;

/** A district's children's table: each CĐCS's few figures, asked for by name, and the row of one that did not report. */
class ChildrenTableTest {

	private static final LocalDate SINCE = LocalDate.of(2010, 1, 1);

	private final OrgUnit x = new OrgUnit("H-X", "Công đoàn cơ sở Công ty X", "CDCS", "H", "FDI", SINCE, null);

	private final OrgUnit y = new OrgUnit("H-Y", "Công đoàn cơ sở Trường Y", "CDCS", "H", "HCSN", SINCE, null);

	@Test
	void aCdcsRowShowsItsFiguresReadByNameAndOneThatDidNotReportSaysSo() {
		Set<String> asked = new HashSet<>();
		UnitRowsOf rows = new UnitRowsOf() {
			@Override
			public List<Total> all(String unitCode) {
				throw new AssertionError("a child's rows are asked for by the indicators the table reads");
			}

			@Override
			public List<Total> of(String unitCode, Set<String> indicators) {
				asked.addAll(indicators);
				if (!unitCode.equals("H-X")) {
					return List.of();
				}
				return List.of(new Total("H-X", "LD01", "2020", new BigDecimal("34")),
						new Total("H-X", "TC06", "2020", new BigDecimal("27")),
						new Total("H-X", "TC07", "2018-2020", new BigDecimal("9")),
						new Total("H-X", "DD02", "2020", BigDecimal.ONE),
						new Total("H-X", "XL.HTT", "2020", BigDecimal.ZERO),
						new Total("H-X", "XL.HT", "2020", BigDecimal.ONE));
			}
		};
		Map<String, Map<OrgUnit, BigDecimal>> lastYear = new HashMap<>();

		List<Map<String, ?>> table = new ChildrenTable(TestForms.bieu01(), TestMessages.vietnamese(), "CDCS")
			.rows(List.of(x, y), rows, Set.of("H-Y"), Set.of("LD01"), lastYear);

		// The form's columns: TC01 (one CĐCS, active), LD01, TC06, TC07 over the period, DD02 asked of an FDI
		// unit, and the grade chosen.
		assertThat(new HashMap<String, Object>(table.get(0))).containsEntry("name", "Công ty X")
			.containsEntry("c1", "1").containsEntry("c2", "34").containsEntry("c3", "27").containsEntry("c4", "9")
			.containsEntry("c5", "Có").containsEntry("c6", "HT");
		assertThat(new HashMap<String, Object>(table.get(1))).containsEntry("name", "Trường Y (chưa báo cáo)")
			.containsEntry("c1", "–").containsEntry("c2", "–").containsEntry("c6", "–");
		// The columns' indicators (and, for the two answered only by a CĐCS, those answers), with the code asked.
		assertThat(asked).containsExactlyInAnyOrder("TC01", "LD01", "TC06", "TC07", "DD04", "DD02", "XL07", "XL");
		assertThat(lastYear).isEqualTo(Map.of("LD01", Map.of(x, new BigDecimal("34"))));
	}
}
