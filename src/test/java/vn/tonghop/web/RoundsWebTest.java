package vn.tonghop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The round picker: every page shows the round chosen in its header, and files, figures, reports and templates follow
 * it; a district's staff see their own files of each round only.
 */
class RoundsWebTest extends WebTestSupport {

	@org.springframework.beans.factory.annotation.Autowired
	vn.tonghop.intake.ReceivedFiles files;

	@Test
	void theHeaderOffersBothRoundsAndThePagesFollowTheOneChosen() throws Exception {
		WebSession dmc = signIn(DISTRICT);
		HttpResponse<String> home = dmc.get("/");
		assertThat(home.body()).contains("<select id=\"round-choice\"")
			.contains("selected=\"selected\">Sơ kết giữa nhiệm kỳ 2018–2020</option>")
			.contains(">Báo cáo số liệu năm 2021</option>");
		assertThat(dmc.get("/files?unit=TN-DMC").body()).contains("BIEU01-CDCS_TN-DMC-CS01.xlsx")
			.doesNotContain("BIEU02-NAM_");

		HttpResponse<String> chosen = dmc.postForm("/round", Map.of("code", ANNUAL, "back", "/files?unit=TN-DMC"), true);
		assertThat(chosen.statusCode()).isEqualTo(302);
		assertThat(chosen.headers().firstValue("Location").orElseThrow()).endsWith("/files?unit=TN-DMC");
		HttpResponse<String> annualFiles = dmc.get("/files?unit=TN-DMC");
		assertThat(annualFiles.body()).contains("selected=\"selected\">Báo cáo số liệu năm 2021</option>")
			.contains("BIEU02-NAM_TN-DMC-CS01.xlsx")
			.doesNotContain("BIEU01-CDCS_TN-DMC-CS01.xlsx");
		// The annual round's reports and templates are the annual form's.
		long annualRun = jdbc.sql("SELECT MAX(id) FROM run WHERE round_code = ? AND status = 'COMPLETED'").param(ANNUAL)
			.query(Long.class).single();
		long firstRun = jdbc.sql("SELECT MAX(id) FROM run WHERE round_code <> ? AND status = 'COMPLETED'").param(ANNUAL)
			.query(Long.class).single();
		assertThat(dmc.get("/reports").body()).contains("/reports/" + annualRun + "/TN-DMC/PDF")
			.doesNotContain("/reports/" + firstRun + "/TN-DMC/PDF");
		assertThat(dmc.getBytes("/reports/" + firstRun + "/TN-DMC/PDF").statusCode()).isEqualTo(404);
		HttpResponse<byte[]> template = dmc.getBytes("/templates?unit=TN-DMC-CS01");
		assertThat(template.statusCode()).isEqualTo(200);
		assertThat(template.headers().firstValue("Content-Disposition").orElseThrow()).contains("BIEU02-NAM_TN-DMC-CS01");

		// A sibling district sees none of Dương Minh Châu's annual files.
		var sibling = vn.tonghop.orgunit.Scope.of("TN-TP", registry.treeAt(java.time.LocalDate.of(2021, 12, 31)));
		assertThat(files.list(sibling, ANNUAL, SIBLING, null, null, vn.tonghop.intake.ReceivedFiles.Sort.NEWEST, 0))
			.noneMatch(row -> row.path().contains("BIEU02-NAM_TN-DMC"));

		// An address of another site is never where the picker sends anyone.
		assertThat(dmc.postForm("/round", Map.of("code", ANNUAL, "back", "//example.org/"), true).headers()
			.firstValue("Location").orElseThrow()).doesNotContain("example.org");
	}

	/** The mid-term review's run lists the ten annual forms of Dương Minh Châu as another round's, not as lost. */
	@Test
	void aRunShowsHowManyFilesItLeftToAnotherRound() throws Exception {
		long first = jdbc.sql("SELECT MIN(id) FROM run WHERE round_code = ?").param(vn.tonghop.rounds.TestRounds.FIRST)
			.query(Long.class).single();

		String page = signIn(ADMIN).get("/runs").body();

		assertThat(page).contains("<th class=\"num\" title=\"Tệp là biểu mẫu của một đợt báo cáo khác đang mở")
			.contains("id=\"other-round-" + first + "\">10</td>");
	}
}
