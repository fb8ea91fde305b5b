package vn.tonghop.batch;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tonghop.TonghopSpringTest;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.system.DataDirectory;
import vn.tonghop.workbook.TemplateWriter;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The job on the whole sample inbox: each sample earns what sample-data/README.md promises. */
@TonghopSpringTest
class SampleRunTest {

	static final Path INBOX = vn.tonghop.sampledata.SampleInboxes.firstRound();

	@Autowired
	RunService runs;

	@Autowired
	vn.tonghop.rounds.Rounds rounds;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrgRegistry registry;

	@Autowired
	TemplateWriter templates;

	@Autowired
	DataDirectory dataDirectory;

	@Autowired
	vn.tonghop.targets.TargetRegistry targets;

	@Autowired
	vn.tonghop.form.Form form;

	@Autowired
	RunOutliers outliers;

	@Autowired
	vn.tonghop.intake.RunWarnings warnings;

	@BeforeEach
	void sampleRegistry() throws Exception {
		new ConsolidationFixture(jdbc, registry, templates, dataDirectory).reset();
		jdbc.sql("DELETE FROM org_unit").update();
		try (InputStream in = Files.newInputStream(Path.of("sample-data/org-units.csv"))) {
			registry.importCsv(in);
		}
	}

	@Test
	void everyGoodSampleIsAcceptedAndEachDefectiveOneEarnsItsFinding() throws Exception {
		RunSummary run = runs.run(INBOX).get(0);

		assertThat(run.completed()).isTrue();
		assertThat(run.filesSeen()).isEqualTo(155);
		assertThat(run.accepted()).isEqualTo(145);
		assertThat(run.rejected()).isEqualTo(10);
		Map<String, List<String>> errors = new TreeMap<>();
		List<String> outliers = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(dataDirectory.outputs().resolve("latest/findings.csv"))) {
			reader.skip(1); // byte order mark
			for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				if (r.get("code").equals("W7")) {
					outliers.add(r.get("file") + " " + r.get("unit_code") + " " + r.get("indicator") + " " + r.get("year"));
				}
				if (r.get("status").equals("REJECTED") && r.get("severity").equals("Lỗi")) {
					errors.computeIfAbsent(r.get("file"), k -> new ArrayList<>())
						.add(r.get("code") + " " + r.get("cell") + " " + r.get("indicator") + " " + r.get("year"));
				}
			}
		}
		assertThat(errors).containsOnly(Map.entry("TN-BC/loi-E1-khong-phai-excel.xlsx", List.of("E1   ")),
				Map.entry("TN-BC/loi-E1-phien-ban-bieu-mau-cu.xlsx", List.of("E1   ")),
				Map.entry("TN-GD/loi-E2-ma-don-vi-khong-co-trong-danh-muc.xlsx", List.of("E2   ")),
				Map.entry("TN-DMC/loi-E2-so-lieu-nam-chua-thanh-lap.xlsx", List.of("E2 F14 LD01 2019")),
				Map.entry("TN-CT/loi-E3-so-am.xlsx", List.of("E3 F18 LD04 2019")),
				Map.entry("TN-CT/loi-E3-chu-thay-cho-so.xlsx", List.of("E3 E23 TC07 2018")),
				Map.entry("TN-TC/loi-E4-thieu-tong-so-lao-dong.xlsx", List.of("E4 F14 LD01 2019")),
				// A broken rule names every cell it reads, its own first. The template's rows: LD01 14, TC06 21,
				// DD12 33, DD13 34, TCH00–TCH07 66–72; columns E, F, G are 2018, 2019, 2020.
				Map.entry("TN-TBI/loi-E5-doan-vien-nhieu-hon-lao-dong.xlsx", List.of("E5 G21, G14 TC06 2020")),
				Map.entry("TN-KKT/loi-E6-ngung-viec-khong-co-nguoi-tham-gia.xlsx", List.of("E6 F34, F33 DD13 2019")),
				Map.entry("TN-HT/loi-E7-quy-khong-can-doi.xlsx",
						List.of("E7 G72, G66, G67, G68, G69, G70, G71 TCH07 2020")));
		// The one implausible change of the sample (20 workers in 2019, 190 in 2020) and none of the ordinary ones:
		// every other public-sector CĐCS changes by a few people, inside median / 1,5 … median × 1,5.
		assertThat(outliers).containsExactly("TN-HT/chap-nhan-W7-lao-dong-thua-mot-so-0.xlsx TN-HT-CS03 LD01 2020");
		try (var files = Files.list(dataDirectory.outputs().resolve("latest/rejected"))) {
			// Every returned workbook but the text file gets its annotated copy.
			assertThat(files.map(p -> p.getFileName().toString()).collect(Collectors.toList())).hasSize(9)
				.contains("TN-HT_loi-E7-quy-khong-can-doi-chu-thich.xlsx");
		}
	}

	/**
	 * The annotated copy of the E5 sample (TC06 of 2020 is LD01 + 12 = 47 against 35): both cells the rule reads are
	 * rose, although G21 also carries a W3 warning (a rise of more than 30 %), and the comment says it in words.
	 */
	@Test
	void theAnnotatedCopyMarksEveryCellOfABrokenRuleAndAnErrorOutranksAWarning() throws Exception {
		runs.run(INBOX);
		Path copy = dataDirectory.outputs().resolve("latest/rejected/TN-TBI_loi-E5-doan-vien-nhieu-hon-lao-dong-chu-thich.xlsx");
		try (org.apache.poi.ss.usermodel.Workbook wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(copy.toFile())) {
			org.apache.poi.ss.usermodel.Sheet form = wb.getSheet("Biểu 01-CĐCS");
			for (String address : List.of("G21", "G14")) {
				var ref = new org.apache.poi.ss.util.CellReference(address);
				var cell = form.getRow(ref.getRow()).getCell(ref.getCol());
				assertThat(cell.getCellStyle().getFillForegroundColor()).as(address)
					.isEqualTo(org.apache.poi.ss.usermodel.IndexedColors.ROSE.getIndex());
				assertThat(cell.getCellComment().getString().getString()).as(address).contains("Tổng số đoàn viên "
						+ "công đoàn (TC06) = 47 lớn hơn Tổng số công nhân, viên chức, lao động (CNVCLĐ) tại đơn vị "
						+ "(LD01) = 35");
			}
			var g21 = form.getRow(20).getCell(6);
			assertThat(g21.getCellComment().getString().getString()).contains("W3");
		}
	}

	/**
	 * A table row is never split across a page break: in the province's report every district's row of the
	 * children's table and every indicator's row of Bảng 1 (whose full texts are printed nowhere else in that
	 * document) stands whole on one page. The sample's Dương Minh Châu row once began at the foot of one page and
	 * ended at the head of the next. And the header's names wrap only between the names they are made of: the
	 * left block of page 1, read by position, holds "LIÊN ĐOÀN LAO ĐỘNG" and the place as lines of their own, never
	 * "…TỈNH TÂY" / "NINH" or "…VIỆT" / "NAM".
	 */
	@Test
	void noTableRowIsSplitAcrossPagesAndNoHeaderNameIsBrokenInside() throws Exception {
		// With the sample's targets, as the README's first command runs it: that is the layout the fault was seen in.
		try (InputStream in = Files.newInputStream(Path.of("sample-data/targets.csv"))) {
			targets.importCsv(rounds.first(), in);
		}
		RunSummary run = runs.run(INBOX).get(0);
		try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
				run.outputs().resolve("reports/TN.pdf").toFile())) {
			List<String> pages = new java.util.ArrayList<>();
			for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
				org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				pages.add(stripper.getText(pdf).replaceAll("\\s+", " "));
			}
			assertThat(registry.tree().children("TN")).isNotEmpty().allSatisfy(child -> assertThat(pages)
				.as(child.name()).anyMatch(text -> text.contains(child.name())));
			assertThat(form.indicators()).allSatisfy(indicator -> assertThat(pages).as(indicator.code())
				.anyMatch(text -> text.contains(indicator.code() + " " + indicator.name())));
			assertThat(headerLines(pdf)).containsSubsequence("TỔNG LIÊN ĐOÀN LAO ĐỘNG", "VIỆT NAM",
					"LIÊN ĐOÀN LAO ĐỘNG", "TỈNH TÂY NINH");
		}
		try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
				run.outputs().resolve("reports/TN-DMC.pdf").toFile())) {
			assertThat(headerLines(pdf)).containsSubsequence("LIÊN ĐOÀN LAO ĐỘNG", "TỈNH TÂY NINH",
					"LIÊN ĐOÀN LAO ĐỘNG", "HUYỆN DƯƠNG MINH CHÂU");
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).doesNotContain("Không vẽ biểu đồ");
		}
		// The education union's CĐCS are schools: the share of enterprises with an agreement has no figure to draw.
		try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
				run.outputs().resolve("reports/TN-GDDT.pdf").toFile())) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
				.contains("Không vẽ biểu đồ \"Tỷ lệ doanh nghiệp có CĐCS đã ký TƯLĐTT 2018–2020 (%)\" vì không có số liệu");
		}
	}

	/** The lines of page 1's left header block (the upper union and the issuer), read by their position. */
	private static List<String> headerLines(org.apache.pdfbox.pdmodel.PDDocument pdf) throws Exception {
		org.apache.pdfbox.text.PDFTextStripperByArea area = new org.apache.pdfbox.text.PDFTextStripperByArea();
		area.setSortByPosition(true);
		// The page's left margin is 85 pt and the block 215 pt wide; the names take the top 60 pt.
		area.addRegion("left", new java.awt.geom.Rectangle2D.Float(85, 57, 215, 60));
		area.extractRegions(pdf.getPage(0));
		return area.getTextForRegion("left").lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	@Test
	void aSecondRunRequestedWhileOneIsGoingIsRefused() throws Exception {
		CompletableFuture<List<RunSummary>> first = CompletableFuture.supplyAsync(() -> {
			try {
				return runs.run(INBOX);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		while (!runs.isRunning() && !first.isDone()) {
			Thread.onSpinWait();
		}
		assertThat(first.isDone()).as("the first run must still be going").isFalse();
		assertThatThrownBy(() -> runs.run(INBOX)).isInstanceOf(RunInProgressException.class);
		assertThat(first.get().get(0).completed()).isTrue();
	}

	/**
	 * A submission keeps the figures of the indicators the form's W7 check reads apart from its whole form, and one
	 * stored before they were kept apart is judged from its whole figures alike.
	 */
	@Test
	void theYearOverYearCheckReadsTheFiguresKeptApartOrElseTheWholeForm() throws Exception {
		long run = runs.run(INBOX).get(0).runId();
		assertThat(w7(run)).containsExactly("TN-HT-CS03 LD01 2020");
		java.util.Set<String> checked = java.util.Set.copyOf(form.outliers().orElseThrow().indicators());
		assertThat(jdbc.sql("SELECT f.figures, s.outlier_figures FROM submission s JOIN submission_figures f ON "
				+ "f.submission_id = s.id WHERE s.is_current").query((rs, n) -> {
			java.util.Set<String> whole = new java.util.TreeSet<>(vn.tonghop.intake.Figures.decode(rs.getString(1), form).keySet());
			whole.retainAll(checked);
			assertThat(vn.tonghop.intake.Figures.decode(rs.getString(2), form).keySet()).isEqualTo(whole);
			return n;
		}).list()).isNotEmpty();

		jdbc.sql("UPDATE submission SET outlier_figures = NULL").update();
		outliers.find(run, rounds.first());
		assertThat(w7(run)).containsExactly("TN-HT-CS03 LD01 2020");
	}

	private List<String> w7(long run) {
		return warnings.of(run).stream().filter(w -> w.finding().code().equals("W7"))
			.map(w -> w.unitCode() + " " + w.finding().indicator() + " " + w.finding().year()).toList();
	}
}
