package vn.tonghop.consolidation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tonghop.TonghopSpringTest;
import vn.tonghop.intake.Figures;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.rounds.Round;
import vn.tonghop.rounds.Rounds;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every CĐCS's rows for totals.csv, decoded a batch at a time on every core, come back whole and in unit order. */
@TonghopSpringTest
class GrassrootsRowsTest {

	/** Two full batches and a part. */
	private static final int UNITS = 2 * InBatches.SIZE + 50;

	@Autowired
	ConsolidationService consolidation;

	@Autowired
	OrgRegistry registry;

	@Autowired
	Rounds rounds;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	@AfterEach
	void clean() {
		jdbc.sql("DELETE FROM submission_figures").update();
		jdbc.sql("DELETE FROM submission").update();
		jdbc.sql("DELETE FROM org_unit").update();
	}

	@Test
	void everyCdcsComesInUnitOrderAcrossBatchesWithItsOwnFigures() throws Exception {
		// The CĐCS of one district, given to the database in reverse; CĐCS i reported LD01 = i in 2018.
		StringBuilder csv = new StringBuilder("code,name,type,parent_code,sector,valid_from,valid_to\n"
				+ "P,Tỉnh,TINH,,,2010-01-01,\nP-H,Huyện,HUYEN,P,,2010-01-01,\n");
		for (int i = 0; i < UNITS; i++) {
			csv.append(String.format("P-H-%03d,CĐCS %d,CDCS,P-H,HCSN,2010-01-01,%n", i, i));
		}
		registry.importCsv(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
		Round round = rounds.first();
		for (int i = UNITS - 1; i >= 0; i--) {
			jdbc.sql("INSERT INTO submission (id, round_code, unit_code, sha256, run_id, is_current, held, counted_from, "
					+ "form_version) VALUES (?, ?, ?, ?, 1, TRUE, FALSE, 1, ?)")
				.params(i + 1, round.code(), String.format("P-H-%03d", i), String.format("%064d", i),
						round.form().version())
				.update();
			jdbc.sql("INSERT INTO submission_figures (submission_id, figures) VALUES (?, ?)")
				.params(i + 1, Figures.encode(Map.of("LD01", Map.of(2018, BigDecimal.valueOf(i)))))
				.update();
		}

		List<Total> rows = new ArrayList<>();
		consolidation.grassrootsRows(round, (unit, unitRows) -> {
			assertThat(unitRows).isNotEmpty().allMatch(r -> r.unitCode().equals(unit));
			return unitRows;
		}, rows::addAll);

		assertThat(rows.stream().map(Total::unitCode).toList()).isSorted();
		List<Total> ld01 = rows.stream().filter(r -> r.indicator().equals("LD01") && r.period().equals("2018")).toList();
		assertThat(ld01).hasSize(UNITS);
		ld01.forEach(r -> assertThat(r.value()).as(r.unitCode())
			.isEqualByComparingTo(BigDecimal.valueOf(Integer.parseInt(r.unitCode().substring(4)))));
		OrgTree tree = registry.treeAt(round.referenceDate());
		for (String unit : List.of("P-H-000", "P-H-199", "P-H-200", String.format("P-H-%03d", UNITS - 1))) {
			assertThat(rows.stream().filter(r -> r.unitCode().equals(unit)).toList())
				.isNotEmpty()
				.isEqualTo(consolidation.grassrootsRows(round, tree, unit));
		}
	}

	@Test
	void aCdcsNarrowedToSomeIndicatorsGivesTheirRowsOnlyWithTheirWeights() throws Exception {
		registry.importCsv(new ByteArrayInputStream(("code,name,type,parent_code,sector,valid_from,valid_to\n"
				+ "P,Tỉnh,TINH,,,2010-01-01,\nP-H,Huyện,HUYEN,P,,2010-01-01,\nP-H-1,CĐCS 1,CDCS,P-H,FDI,2010-01-01,\n")
			.getBytes(StandardCharsets.UTF_8)));
		Round round = rounds.first();
		jdbc.sql("INSERT INTO submission (id, round_code, unit_code, sha256, run_id, is_current, held, counted_from, "
				+ "form_version) VALUES (1, ?, 'P-H-1', ?, 1, TRUE, FALSE, 1, ?)")
			.params(round.code(), "0".repeat(64), round.form().version())
			.update();
		// LD05 is an average weighted by LD01, which is not asked for; 2020 has no LD05. XL is a choice.
		jdbc.sql("INSERT INTO submission_figures (submission_id, figures) VALUES (1, ?)")
			.params(Figures.encode(Map.of("LD01", Map.of(2018, new BigDecimal("10"), 2019, new BigDecimal("20"),
					2020, new BigDecimal("30")), "LD05", Map.of(2018, new BigDecimal("5"), 2019, new BigDecimal("6")),
					"TC06", Map.of(2020, new BigDecimal("7")), "XL", Map.of(2020, "HTT"))))
			.update();
		OrgTree tree = registry.treeAt(round.referenceDate());

		List<String> rows = consolidation.unitRows(0, round, tree, "P-H-1", java.util.Set.of("LD05", "XL"))
			.stream()
			.map(r -> r.unitCode() + " " + r.indicator() + " " + r.period() + " "
					+ r.value().stripTrailingZeros().toPlainString())
			.toList();

		// LD05 by year: 5·10/10 and 6·20/20; over the period (5·10 + 6·20) / (10 + 20) = 170/30 = 5,667.
		// XL: a row per choice and year, 1 for 2020's HTT; a class A figure has no period value.
		List<String> expected = new ArrayList<>(List.of("P-H-1 LD05 2018 5", "P-H-1 LD05 2018-2020 5.667",
				"P-H-1 LD05 2019 6"));
		for (String choice : List.of("Chưa xếp loại", "HT", "HTT", "HTXS", "KHT")) {
			for (int year = 2018; year <= 2020; year++) {
				expected.add("P-H-1 XL." + choice + " " + year + " " + (year == 2020 && choice.equals("HTT") ? 1 : 0));
			}
		}
		assertThat(rows).isEqualTo(expected);
	}
}
