package vn.tonghop.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tonghop.batch.ConsolidationFixture.unitA;
import static vn.tonghop.batch.ConsolidationFixture.unitB;
import static vn.tonghop.batch.ConsolidationFixture.unitC;
import static vn.tonghop.batch.ConsolidationFixture.unitE;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * No single file stops a run. Failures are injected at every per-file step, each for one file among good ones
 * (take from the inbox, read, validate, store, store naming its unit, annotated copy, annex line), and three real
 * workbooks that made POI throw while their annotated copy was written sit in the same inbox. The run completes;
 * each failing file carries its own E1 finding, or, not taken from the inbox, is left there for the next run; only
 * the good files count. One unit's report fails too: the others and the run's totals are written.
 * Small tree: P → H1 (A, B, C, D) and H2 (E).
 */
@SpringBootTest(properties = { "tonghop.cli.enabled=false", "tonghop.data-dir=target/test-data/containment",
		"tonghop.fault-injection.fail-at=take:hong-nhan,read:hong-doc,validate:hong-kiem-tra,store:hong-luu,"
				+ "annotate:hong-chu-thich,annex:hong-phu-luc,report:H1,storeUnit:hong-don-vi" })
class ContainmentFunctionalTests extends SmallTreeTestSupport {

	@org.springframework.beans.factory.annotation.Autowired
	vn.tonghop.outputs.ReportService reports;

	@org.springframework.beans.factory.annotation.Autowired
	vn.tonghop.rounds.Rounds rounds;

	@org.springframework.beans.factory.annotation.Autowired
	vn.tonghop.outputs.Publications publications;

	@org.springframework.beans.factory.annotation.Autowired
	vn.tonghop.reporttext.ReportTexts texts;

	private static final List<String> CORPUS = List.of("poi-intercept.xls", "poi-fuzz-hssf-5786329142919168.xls",
			"poi-fuzz-xssf-6123461607817216.xlsx");

	@Test
	void aFailureAtAnyPerFileStepStaysWithItsFileAndTheRunCompletes() throws Exception {
		fixture.write(inbox, "H1/a.xlsx", "H1-A", unitA(), T0);
		fixture.write(inbox, "H2/e.xlsx", "H2-E", unitE(), T0.plusSeconds(1));
		// Taking it fails for the system's reason, not the file's: left there for the next run, told as such.
		fixture.write(inbox, "H1/hong-nhan.xlsx", "H1-D", unitB(), T0.plusSeconds(1));
		fixture.write(inbox, "H1/hong-doc.xlsx", "H1-B", unitB(), T0.plusSeconds(2));
		fixture.write(inbox, "H1/hong-kiem-tra.xlsx", "H1-C", unitC(), T0.plusSeconds(3));
		Map<String, Object[]> laterA = unitA();
		laterA.put("LD01", new Object[] { 40, 42, 44 });
		fixture.write(inbox, "H1/hong-luu.xlsx", "H1-A", laterA, T0.plusSeconds(4));
		Map<String, Object[]> brokenA = unitA();
		brokenA.put("LD01", new Object[] { 5, 32, 34 }); // TC06 25 > LD01 5 in 2018: E5
		fixture.write(inbox, "H1/hong-chu-thich.xlsx", "H1-A", brokenA, T0.plusSeconds(5));
		Map<String, Object[]> brokenE = unitE();
		brokenE.put("LD01", new Object[] { 5, 1200, 1300 });
		fixture.write(inbox, "H2/hong-phu-luc.xlsx", "H2-E", brokenE, T0.plusSeconds(6));
		// Its rows cannot be stored while they name its unit (as a unit code too long for the table once could not).
		Map<String, Object[]> laterB = unitB();
		laterB.put("LD01", new Object[] { null, 101, 121 });
		fixture.write(inbox, "H1/hong-don-vi.xlsx", "H1-B", laterB, T0.plusSeconds(7));
		for (String name : CORPUS) {
			try (InputStream in = getClass().getResourceAsStream("/corpus/" + name)) {
				Files.copy(in, inbox.resolve(name));
			}
		}

		RunSummary run = runOnce();

		assertThat(run.status()).isEqualTo("COMPLETED");
		// Each file's own outcome first, so that a file not counted is named with what became of it.
		Map<String, String> outcomes = new TreeMap<>();
		jdbc.sql("SELECT path, outcome FROM run_file WHERE run_id = ?").param(run.runId())
			.query((rs, n) -> outcomes.put(rs.getString(1), rs.getString(2))).list();
		Map<String, String> expected = new TreeMap<>(Map.of("H1/a.xlsx", "ACCEPTED", "H2/e.xlsx", "ACCEPTED",
				"H1/hong-nhan.xlsx", "DEFERRED"));
		for (String name : List.of("H1/hong-doc.xlsx", "H1/hong-kiem-tra.xlsx", "H1/hong-luu.xlsx",
				"H1/hong-chu-thich.xlsx", "H2/hong-phu-luc.xlsx", "H1/hong-don-vi.xlsx", CORPUS.get(0), CORPUS.get(1),
				CORPUS.get(2))) {
			expected.put(name, "REJECTED");
		}
		assertThat(outcomes).isEqualTo(expected);
		assertThat(run.newFiles()).isEqualTo(11);
		assertThat(run.deferred()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT deferred_because FROM run_file WHERE run_id = ? AND path = 'H1/hong-nhan.xlsx'")
			.param(run.runId()).query(String.class).single()).isEqualTo("FAILED");
		// a.xlsx and e.xlsx only; everything else returned.
		assertThat(run.accepted()).isEqualTo(2);
		assertThat(run.rejected()).isEqualTo(9);
		// H1: A's 30 (hong-luu's 40 was never stored, B and C never counted); P adds E's 1100.
		assertThat(fixture.totals(run.runId(), "H1").get("LD01|2018")).isEqualByComparingTo("30");
		assertThat(fixture.totals(run.runId(), "H1").get("LD01|2019")).isEqualByComparingTo("32");
		assertThat(fixture.totals(run.runId(), "P").get("LD01|2018")).isEqualByComparingTo("1130");

		Path out = dataDirectory.outputs().resolve(vn.tonghop.rounds.TestRounds.FIRST).resolve(String.valueOf(run.runId()));
		String findings = Files.readString(out.resolve("findings.csv"));
		assertThat(findings)
			.contains("H1/hong-doc.xlsx,,REJECTED,Lỗi,E1,,,,,\"Hệ thống không xử lý được tệp này (bước đọc tệp)")
			.contains("H1/hong-kiem-tra.xlsx,H1-C,REJECTED,Lỗi,E1,,,,,\"Hệ thống không xử lý được tệp này "
					+ "(bước kiểm tra số liệu)")
			.contains("H1/hong-luu.xlsx,H1-A,REJECTED,Lỗi,E1,,,,,\"Hệ thống không xử lý được tệp này "
					+ "(bước lưu kết quả kiểm tra)")
			.contains("H1/hong-don-vi.xlsx,,REJECTED,Lỗi,E1,,,,,\"Hệ thống không xử lý được tệp này "
					+ "(bước lưu kết quả kiểm tra)")
			.contains("H1/hong-chu-thich.xlsx,H1-A,REJECTED,Lỗi,E5,")
			.contains("H1/hong-chu-thich.xlsx,H1-A,REJECTED,Lỗi,E1,,,,,Hệ thống không tạo được bản chú thích lỗi")
			.containsPattern("Mã tham chiếu lỗi: E1-[0-9A-F]{8}");
		for (String name : CORPUS) {
			assertThat(findings).contains(name + ",,REJECTED,Lỗi,E1,");
		}
		assertThat(out.resolve("rejected/H1_hong-chu-thich-chu-thich.xlsx")).doesNotExist();
		assertThat(out.resolve("rejected/H2_hong-phu-luc-chu-thich.xlsx")).exists();
		try (PDDocument pdf = Loader.loadPDF(out.resolve("reports/H2.pdf").toFile())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Hệ thống không liệt kê được các lỗi và cảnh báo của tệp này trong phụ lục");
		}
		// H1's report failed: its files are not there, a reference is; P's report (with H1's figures) and H2's are.
		assertThat(vn.tonghop.outputs.ReportFiles.failedIn(out)).containsOnlyKeys("H1")
			.hasEntrySatisfying("H1", reference -> assertThat(reference).matches("BC-[0-9A-F]{8}"));
		assertThat(out.resolve("reports/H1.pdf")).doesNotExist();
		assertThat(out.resolve("reports/H1.docx")).doesNotExist();
		assertThat(out.resolve("reports/H1.xlsx")).doesNotExist();
		assertThat(out.resolve("reports/P.pdf")).isRegularFile();
		assertThat(out.resolve("reports/P.xlsx")).isRegularFile();
		// Made again on its own (a text saved on the web, the report command), H1's report says it failed again.
		var round = rounds.first();
		assertThat(reports.renderLatest(round, java.util.Optional.of("H1")).orElseThrow())
			.satisfies(r -> assertThat(r.reports()).isZero())
			.satisfies(r -> assertThat(r.failed()).containsOnlyKeys("H1"));
		assertThat(reports.renderLatest(round, java.util.Optional.of("H2")).orElseThrow())
			.satisfies(r -> assertThat(r.reports()).isEqualTo(1))
			.satisfies(r -> assertThat(r.failed()).isEmpty());
		try (var folders = Files.list(dataDirectory.outputs())) {
			assertThat(folders.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
		}
		// Published, it is refused with the reference, and no version is kept; H2's is published.
		var whole = vn.tonghop.orgunit.Scope.wholeTree(registry.tree());
		for (String unit : List.of("H1", "H2")) {
			texts.save(whole, round.code(), unit, Map.of(vn.tonghop.reporttext.ReportPart.DOCUMENT_NUMBER, "7",
					vn.tonghop.reporttext.ReportPart.DATE, "2020-12-15", vn.tonghop.reporttext.ReportPart.SIGNER_NAME,
					"Nguyễn Văn Ký"), "tinh");
		}
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> publications.publish(round, whole, "H1", "tinh"))
			.isInstanceOfSatisfying(vn.tonghop.outputs.PublicationRejected.class, r -> {
				assertThat(r.key()).isEqualTo("publication.notRendered");
				assertThat(r.args()).hasSize(1);
				assertThat(r.args()[0].toString()).matches("BC-[0-9A-F]{8}");
			});
		assertThat(publications.publish(round, whole, "H2", "tinh").unitCode()).isEqualTo("H2");
		assertThat(jdbc.sql("SELECT unit_code FROM published_report").query(String.class).list()).containsExactly("H2");
	}
}
