package vn.tonghop.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tonghop.batch.ConsolidationFixture.unitA;
import static vn.tonghop.batch.ConsolidationFixture.unitE;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.tonghop.TonghopSpringTest;

/**
 * Scope on write through the folder: a file under {@code inbox/<unit>/} counts only for a CĐCS in that unit's
 * subtree. The small tree: P → H1 (A, B, C, D) and H2 (E).
 */
@TonghopSpringTest
class WriteScopeFunctionalTests extends SmallTreeTestSupport {

	@Test
	void aFileInASiblingsFolderIsReturnedNeverCountedAndReplacesNothing() throws Exception {
		fixture.write(inbox, "H2/e.xlsx", "H2-E", unitE(), T0);
		long first = runOnce().runId();
		String accepted = currentOf("H2-E");
		// E's LD01 of 2018 is 1100 in unitE(); the forged file says 9999.
		assertThat(fixture.totals(first, "H2").get("LD01|2018")).isEqualByComparingTo("1100");

		Map<String, Object[]> forged = unitE();
		forged.put("LD01", new Object[] { 9999, 9999, 9999 });
		fixture.write(inbox, "H1/e-gia.xlsx", "H2-E", forged, T0.plusSeconds(60));
		RunSummary second = runOnce();

		assertThat(second.rejected()).isEqualTo(1);
		assertThat(second.accepted()).isZero();
		assertThat(currentOf("H2-E")).isEqualTo(accepted);
		assertThat(fixture.totals(second.runId(), "H2").get("LD01|2018")).isEqualByComparingTo("1100");
		assertThat(fixture.totals(second.runId(), "P").get("LD01|2018")).isEqualByComparingTo("1100");
		assertThat(Files.readString(dataDirectory.outputs().resolve(vn.tonghop.rounds.TestRounds.FIRST + "/" + second.runId() + "/findings.csv")))
			.contains("H1/e-gia.xlsx,H2-E,REJECTED,Lỗi,E2,")
			.contains("Tệp nằm trong thư mục của Liên đoàn Lao động huyện Một (H1) nhưng là biểu của Công đoàn cơ sở "
					+ "Công ty TNHH E Việt Nam (H2-E), không thuộc phạm vi của Liên đoàn Lao động huyện Một.");
	}

	@Test
	void folderNamesMatchWithoutCaseTheRootTakesAnyUnitAndOtherFoldersRestrictNothing() throws Exception {
		fixture.write(inbox, "h1/a.xlsx", "H1-A", unitA(), T0);
		fixture.write(inbox, "e.xlsx", "H2-E", unitE(), T0.plusSeconds(1));
		Map<String, Object[]> other = unitE();
		other.put("LD01", new Object[] { 1500, 1500, 1500 });
		fixture.write(inbox, "P/thang-11/H1/khong-dung-cho.xlsx", "H2-E", other, T0.plusSeconds(2));
		RunSummary run = runOnce();

		// a.xlsx and e.xlsx accepted; the third (E under P/…/H1) refused by the H1 folder deep in its path.
		assertThat(run.accepted()).isEqualTo(2);
		assertThat(run.rejected()).isEqualTo(1);
		Map<String, BigDecimal> p = fixture.totals(run.runId(), "P");
		// LD01 2018: A 30 + E 1100.
		assertThat(p.get("LD01|2018")).isEqualByComparingTo("1130");
	}

	private String currentOf(String unit) {
		return jdbc.sql("SELECT sha256 FROM submission WHERE unit_code = ? AND is_current").param(unit)
			.query(String.class).single();
	}
}
