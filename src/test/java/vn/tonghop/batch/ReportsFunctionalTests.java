package vn.tonghop.batch;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tonghop.TonghopSpringTest;
import vn.tonghop.orgunit.Scope;
import vn.tonghop.reporttext.ReportPart;
import vn.tonghop.reporttext.ReportTexts;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.system.DataDirectory;
import vn.tonghop.targets.TargetRegistry;
import vn.tonghop.workbook.TemplateWriter;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports of the hand-computed fixture (ConsolidationFixture, figures worked out in
 * ConsolidationJobFunctionalTests): the PDF's text holds the exact Vietnamese header and the fixture's figures in
 * vi-VN format, every font is embedded, and the exports equal totals.csv.
 */
@TonghopSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsFunctionalTests {

	@Autowired
	RunService runs;

	@Autowired
	vn.tonghop.rounds.Rounds rounds;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrgRegistry registry;

	@Autowired
	TargetRegistry targets;

	@Autowired
	vn.tonghop.reporttext.ReportSettingsFile settingsFile;

	@Autowired
	vn.tonghop.rounds.RoundsFile roundsFile;

	@Autowired
	TemplateWriter templates;

	@Autowired
	DataDirectory dataDirectory;

	@Autowired
	ReportTexts texts;

	@Autowired
	vn.tonghop.outputs.ReportFiles reportFiles;

	@Autowired
	vn.tonghop.form.Form form;

	@TempDir
	static Path inbox;

	static final String OUTLOOK = "Nửa nhiệm kỳ còn lại, kinh tế huyện Một dự kiến tăng trưởng ổn định.";

	Path reports;

	@BeforeAll
	void runOnTheFixture() throws Exception {
		ConsolidationFixture fixture = new ConsolidationFixture(jdbc, registry, templates, dataDirectory);
		fixture.reset();
		Instant t = Instant.parse("2020-11-01T08:00:00Z");
		fixture.write(inbox, "H1/a.xlsx", "H1-A", ConsolidationFixture.unitA(), t);
		fixture.write(inbox, "H1/b.xlsx", "H1-B", ConsolidationFixture.unitB(), t.plusSeconds(1));
		fixture.write(inbox, "H1/c.xlsx", "H1-C", ConsolidationFixture.unitC(), t.plusSeconds(2));
		fixture.write(inbox, "H2/e.xlsx", "H2-E", ConsolidationFixture.unitE(), t.plusSeconds(3));
		Files.writeString(inbox.resolve("H2/ghi-chu.txt"), "không phải biểu mẫu");
		targets.importCsv(rounds.first(), new ByteArrayInputStream("""
				unit_code,indicator,comparison,term_target,note
				H1,TC06,>=,100,Minh họa
				H1,TC07,>=,200,Minh họa
				H1,DD04,>=,100,Minh họa
				H1,DD12,<=,5,Minh họa
				""".getBytes(StandardCharsets.UTF_8)));
		Scope all = Scope.wholeTree(registry.tree());
		texts.save(all, vn.tonghop.rounds.TestRounds.FIRST, "H1", Map.of(ReportPart.DATE, "2020-12-15", ReportPart.SIGNER_NAME, "Lê Thị Thử",
				ReportPart.OUTLOOK, OUTLOOK), "kiểm thử");
		texts.save(all, vn.tonghop.rounds.TestRounds.FIRST, "P", Map.of(ReportPart.DATE, "2020-12-15"), "kiểm thử");
		assertThat(runs.run(inbox).get(0).completed()).isTrue();
		reports = dataDirectory.outputs().resolve("latest/reports");
	}

	private static String text(Path pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			// Content-stream order: JasperReports writes each text element whole and table cells row by row.
			stripper.setSortByPosition(false);
			return stripper.getText(document).replaceAll("\\s+", " ");
		}
	}

	/** A note longer than a target keeps is its line's error: stored, it failed the import with the database's. */
	@Test
	void aTargetNoteLongerThanKeptIsItsLinesError() {
		String csv = "unit_code,indicator,comparison,term_target,note\nH1,TC06,>=,100," + "x".repeat(1_001) + "\n";
		var rejected = org.assertj.core.api.Assertions.catchThrowableOfType(
				vn.tonghop.targets.TargetImportRejected.class,
				() -> targets.importCsv(rounds.first(), new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));

		assertThat(rejected.errors()).extracting(e -> e.line() + " " + e.key() + " " + e.args())
			.containsExactly("2 target.error.noteTooLong [1001, 1000]");
	}

	/**
	 * A target below zero, past 15 digits or on a choice is its line's error: imported, the first printed rates of
	 * thousands of per cent in the report sent upward, the last was passed over without a word.
	 */
	@Test
	void aTargetNoReportCanJudgeIsItsLinesError() {
		String csv = """
				unit_code,indicator,comparison,term_target,allocation_2018,allocation_2019,allocation_2020
				H1,TC07,>=,-5,,,
				H1,TC06,>=,100,1E+15,,
				H1,XL,>=,5,,,
				H1,LD01,>=,999999999999999,0,,
				""";
		var rejected = org.assertj.core.api.Assertions.catchThrowableOfType(
				vn.tonghop.targets.TargetImportRejected.class,
				() -> targets.importCsv(rounds.first(), new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));

		assertThat(rejected.errors()).extracting(e -> e.line() + " " + e.key() + " " + e.args())
			.containsExactly("2 target.error.negative [-5, term_target]",
					"3 target.error.tooLarge [1E+15, allocation_2018]", "4 target.error.choice [XL]");
	}

	/** Saved with ";" on a Vietnamese Windows, numbers have the decimal comma: "-5,5" is read as a number, not text. */
	@Test
	void aTargetsFileSavedWithSemicolonsReadsDecimalCommas() {
		String csv = "unit_code;indicator;comparison;term_target\nH1;TC07;>=;-5,5\nH1;TC06;>=;1.000.000.000.000.000\n";
		var rejected = org.assertj.core.api.Assertions.catchThrowableOfType(
				vn.tonghop.targets.TargetImportRejected.class,
				() -> targets.importCsv(rounds.first(), new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));

		assertThat(rejected.errors()).extracting(e -> e.line() + " " + e.key() + " " + e.args())
			.containsExactly("2 target.error.negative [-5,5, term_target]",
					"3 target.error.tooLarge [1.000.000.000.000.000, term_target]");
	}

	/** The settings file names each wrong line; before, a wrong date was told as on the web ("chọn ngày trên lịch"). */
	@Test
	void aReportSettingsLineWithAWrongDateIsNamed() {
		String csv = "unit_code,document_number,date\nP,8,31/02/2020\nH2,9,2020-13-01\nH1,7,15/12/2020\n";
		var rejected = org.assertj.core.api.Assertions.catchThrowableOfType(
				vn.tonghop.reporttext.ReportSettingsRejected.class,
				() -> settingsFile.importCsv(rounds.first(), new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
						"tinh"));

		assertThat(rejected.errors()).extracting(e -> e.line() + " " + e.key() + " " + e.args())
			.containsExactly("2 reportText.error.csvDate [31/02/2020]", "3 reportText.error.csvDate [2020-13-01]");
	}

	/** A rounds file's wrong date is named with its line, in the two forms staff may write it. */
	@Test
	void aRoundsFileWithADayTheCalendarLacksIsRefusedByLine() {
		String csv = "code,form,title,reference_date,compare_with,deadlines\n"
				+ "thu-2022,BIEU01-CDCS:2018-2020.1,Thử,31/02/2022,,\n";
		var rejected = org.assertj.core.api.Assertions.catchThrowableOfType(vn.tonghop.rounds.RoundRejected.class,
				() -> roundsFile.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));

		assertThat(rejected.key()).isEqualTo("round.file.date");
		assertThat(rejected.line()).contains(2L);
		assertThat(rounds.find("thu-2022")).isEmpty();
	}

	@Test
	void everyUnitAboveTheGrassrootsGetsAReport() throws Exception {
		try (var files = Files.list(reports)) {
			// No CSV on disk: a unit's CSV is cut from totals.csv when asked for (below).
			assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("H1.docx", "H1.pdf",
					"H1.xlsx", "H2.docx", "H2.pdf", "H2.xlsx", "P.docx", "P.pdf", "P.xlsx");
		}
	}

	@Test
	void theHeaderFollowsTheAdministrativeFormat() throws Exception {
		String h1 = text(reports.resolve("H1.pdf"));
		assertThat(h1).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
				"LIÊN ĐOÀN LAO ĐỘNG TỈNH THỬ NGHIỆM", "LIÊN ĐOÀN LAO ĐỘNG HUYỆN MỘT", "Số: /BC-LĐLĐ",
				"Một, ngày 15 tháng 12 năm 2020", "BÁO CÁO",
				"Số liệu sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Công đoàn huyện Một, nhiệm kỳ 2018–2023",
				"./.", "Nơi nhận:", "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Lê Thị Thử");
		assertThat(text(reports.resolve("P.pdf"))).contains("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM",
				"LIÊN ĐOÀN LAO ĐỘNG TỈNH THỬ NGHIỆM");
	}

	@Test
	void theFiguresAreTheHandComputedOnesInVietnameseFormat() throws Exception {
		String h1 = text(reports.resolve("H1.pdf"));
		// LD01 40, 132, 154, period 154; LD05 5,75 / 7,636 / 8,558 / 7,84 (amounts print one decimal, half up);
		// TC09 82,5% / 80,3% / 76% / 76%; TC10 66,7% / 55,7% / 55,6% / 55,6%; TCH07 14, 35, 53, period 53.
		assertThat(h1).contains("40 132 154 154", "5,8 7,6 8,6 7,8", "82,5% 80,3% 76,0% 76,0%",
				"66,7% 55,7% 55,6% 55,6%", "14,0 35,0 53,0 53,0");
		// Children by name; B (founded 2019) and completeness per year.
		assertThat(h1).contains("Trường Tiểu học A", "Công ty TNHH B", "Hợp tác xã C",
				"Năm 2018: 2/2 công đoàn cơ sở đã báo cáo (100,0%).");
		// Targets: TC06 117 ≥ 100 exceeded, 33 → 117 is +42 a year, 201 by the term's end; TC07 105 of 120 due
		// (87,5%) not met, 35 a year → 175 < 200; DD04 100% met; DD12 0 ≤ 3 met, 0 by the end.
		assertThat(h1).contains("≥ 100 100 117 117,0% Vượt 201 Có khả năng hoàn thành",
				"≥ 200 120 105 87,5% Chưa đạt 175 Khó hoàn thành", "≥ 100,0% 100,0% 100,0% 100,0% Đạt",
				"≤ 5 3 0 0,0% Đạt 0 Có khả năng hoàn thành");
		String p = text(reports.resolve("P.pdf"));
		// The province: LD01 1.140 / 1.332 / 1.454; LD05 9,851 in 2018 and 10,305 over the period.
		assertThat(p).contains("1.140 1.332 1.454 1.454", "9,9", "10,3", "Liên đoàn Lao động huyện Một");
	}

	@Test
	void theReportHasThePlansStructureWithDraftedTextFromTheFigures() throws Exception {
		String h1 = text(reports.resolve("H1.pdf"));
		assertThat(h1).contains("I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI", "Mức độ và triển vọng hoàn thành chỉ tiêu",
				"II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", "III. DỰ BÁO TÌNH HÌNH", "IV. KIẾN NGHỊ");
		// TC06 of H1: 33 in 2018, 117 in 2020: +84, 84/33 = 254,5%.
		assertThat(h1).contains("Năm 2020, tổng số đoàn viên công đoàn là 117 người, tăng 84 người (254,5%) so với "
				+ "năm 2018 (33 người).");
		// TC07: 105 over 2018–2020, 35 a year, two years left: 175 < 200.
		assertThat(h1).contains("Dự kiến cả nhiệm kỳ đạt 175 người: khó hoàn thành.");
		// Every target of the fixture says "Minh họa": the mark is on its row and in its sentence.
		assertThat(h1).contains("Tổng số đoàn viên công đoàn (minh họa)", "(chỉ tiêu minh họa)");
		// What staff wrote for III replaces the placeholder; IV keeps it and ends the body with "./.".
		assertThat(h1).contains(OUTLOOK).doesNotContain("dự báo tình hình kinh tế - xã hội");
		assertThat(h1).contains("cấp ủy, chính quyền và công đoàn cấp trên.)./.");
		// The province: LD01 1.140 → 1.454, +314, 314/1.140 = 27,5%.
		assertThat(text(reports.resolve("P.pdf"))).contains("Năm 2020, tổng số công nhân, viên chức, lao động "
				+ "(CNVCLĐ) tại đơn vị là 1.454 người, tăng 314 người (27,5%) so với năm 2018 (1.140 người).");
		// No targets for H2: the subheading prints with its plain sentence.
		assertThat(text(reports.resolve("H2.pdf"))).contains("Mức độ và triển vọng hoàn thành chỉ tiêu",
				"Đơn vị chưa có chỉ tiêu nhiệm kỳ trong hệ thống");
	}

	@Test
	void theWordFileHoldsTheSameTextAndTablesAsFlowingParagraphs() throws Exception {
		try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(reports.resolve("H1.docx")))) {
			StringBuilder all = new StringBuilder();
			docx.getParagraphs().forEach(p -> all.append(p.getText()).append('\n'));
			for (XWPFTable table : docx.getTables()) {
				table.getRows().forEach(r -> all.append(r.getTableCells().stream().map(XWPFTableCell::getText)
					.collect(java.util.stream.Collectors.joining(" "))).append('\n'));
			}
			String text = all.toString();
			assertThat(text).contains("LIÊN ĐOÀN LAO ĐỘNG", "HUYỆN MỘT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
					"Một, ngày 15 tháng 12 năm 2020", "I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI",
					"II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", "III. DỰ BÁO TÌNH HÌNH", "IV. KIẾN NGHỊ", OUTLOOK,
					"Năm 2020, tổng số đoàn viên công đoàn là 117 người, tăng 84 người (254,5%)",
					"Dự kiến cả nhiệm kỳ đạt 175 người: khó hoàn thành.", "Lê Thị Thử",
					"≥ 200 120 105 87,5% Chưa đạt 175 Khó hoàn thành");
			// Body paragraphs are paragraphs of the document, not text boxes: the drafted sentence is one of them.
			assertThat(docx.getParagraphs()).anyMatch(p -> p.getText().startsWith("Năm 2020, tổng số đoàn viên"));
			// Real tables whose heading repeats on each page.
			assertThat(docx.getTables()).anyMatch(t -> t.getRow(0).isRepeatHeader()
					&& t.getRow(0).getCell(0).getText().equals("Mã"));
			// The charts are pictures Word can open: PNGs drawn at three times the PDF's 467 × 220 pt.
			assertThat(docx.getAllPictures()).isNotEmpty().allSatisfy(picture -> {
				assertThat(picture.getPictureType()).isEqualTo(org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG);
				java.awt.image.BufferedImage image = javax.imageio.ImageIO
					.read(new java.io.ByteArrayInputStream(picture.getData()));
				assertThat(image.getWidth()).isEqualTo(1401);
				assertThat(image.getHeight()).isEqualTo(660);
			});
		}
	}

	@Test
	void theAnnexListsWhatWasReturned() throws Exception {
		assertThat(text(reports.resolve("P.pdf"))).contains("PHỤ LỤC: CÁC TỆP BỊ TRẢ LẠI VÀ CẢNH BÁO", "H2/ghi-chu.txt",
				"không phải tệp Excel");
	}

	@Test
	void everyFontIsEmbedded() throws Exception {
		for (String name : List.of("H1.pdf", "H2.pdf", "P.pdf")) {
			try (PDDocument document = Loader.loadPDF(reports.resolve(name).toFile())) {
				List<String> fonts = new ArrayList<>();
				for (PDPage page : document.getPages()) {
					PDResources resources = page.getResources();
					for (COSName font : resources.getFontNames()) {
						PDFont f = resources.getFont(font);
						assertThat(f.isEmbedded()).as(name + " " + f.getName()).isTrue();
						fonts.add(f.getName());
					}
				}
				assertThat(fonts).isNotEmpty().allMatch(f -> f.contains("LiberationSerif"));
			}
		}
	}

	@Test
	void theExcelExportReadsBackEqualToTotalsCsv() throws Exception {
		Set<String> fromCsv = new HashSet<>();
		for (CSVRecord r : csv(dataDirectory.outputs().resolve("latest/totals.csv"))) {
			if (r.get("unit_code").equals("H1") && !(r.get("period").contains("-") && isClassA(r.get("indicator")))) {
				fromCsv.add(r.get("indicator") + "|" + r.get("period") + "|" + new BigDecimal(r.get("value")).stripTrailingZeros().toPlainString());
			}
		}
		Set<String> fromXlsx = new HashSet<>();
		try (Workbook wb = WorkbookFactory.create(reports.resolve("H1.xlsx").toFile(), null, true)) {
			assertThat(wb.getSheetName(0)).isEqualTo("Số liệu");
			assertThat(wb.getSheetName(1)).isEqualTo("Đơn vị trực thuộc");
			assertThat(wb.getSheetName(2)).isEqualTo("Chỉ tiêu nhiệm kỳ");
			Sheet sheet = wb.getSheetAt(0);
			String[] periods = { "2018", "2019", "2020", "2018-2020" };
			assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Năm 2018");
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			for (Row row : sheet) {
				if (row.getRowNum() < 3 || row.getCell(3) == null) {
					continue;
				}
				for (int p = 0; p < periods.length; p++) {
					var cell = row.getCell(3 + p);
					if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
						BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
						fromXlsx.add(row.getCell(0).getStringCellValue() + "|" + periods[p] + "|" + value.toPlainString());
					}
				}
			}
			// The targets sheet carries the verdicts as the PDF prints them.
			Row admitted = null;
			for (Row row : wb.getSheetAt(2)) {
				if (row.getCell(0) != null && row.getCell(0).getStringCellValue().startsWith("Số đoàn viên kết nạp")) {
					admitted = row;
				}
			}
			assertThat(admitted).isNotNull();
			assertThat(admitted.getCell(3).getNumericCellValue()).isEqualTo(105.0);
			assertThat(admitted.getCell(5).getStringCellValue()).isEqualTo("Chưa đạt");
		}
		assertThat(fromCsv).hasSizeGreaterThan(200);
		assertThat(fromXlsx).isEqualTo(fromCsv);
	}

	/** Class A figures are not added up over the period (nor are the counts of who reported): no cell for it. */
	private boolean isClassA(String code) {
		return form.figure(code.split("\\.")[0])
			.map(f -> f.aggregation() == vn.tonghop.form.AggregationClass.A)
			.orElse(true);
	}

	@Test
	void theCsvExportHoldsTheRowsOfTheSubtree() throws Exception {
		List<String> expected = new ArrayList<>();
		for (CSVRecord r : csv(dataDirectory.outputs().resolve("latest/totals.csv"))) {
			if (r.get("unit_code").startsWith("H1")) {
				expected.add(String.join(",", r.toList()));
			}
		}
		Path h1 = reports.resolveSibling("H1.csv");
		long run = jdbc.sql("SELECT MAX(id) FROM run").query(Long.class).single();
		try (OutputStream out = Files.newOutputStream(h1)) {
			assertThat(reportFiles.writeCsv(Scope.wholeTree(registry.tree()), rounds.first(), run, "H1", out)).isTrue();
		}
		List<String> actual = new ArrayList<>();
		csv(h1).forEach(r -> actual.add(String.join(",", r.toList())));
		assertThat(actual).hasSizeGreaterThan(100).isEqualTo(expected);
		assertThat(Files.readString(h1)).startsWith("unit_code,indicator,period,value\nH1,");
		Files.delete(h1);
	}

	private static List<CSVRecord> csv(Path file) throws Exception {
		try (Reader reader = Files.newBufferedReader(file)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}
}
