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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tonghop.TonghopSpringTest;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.system.DataDirectory;
import vn.tonghop.targets.TargetRegistry;
import vn.tonghop.workbook.TemplateWriter;

import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
	JdbcClient jdbc;

	@Autowired
	OrgRegistry registry;

	@Autowired
	TargetRegistry targets;

	@Autowired
	TemplateWriter templates;

	@Autowired
	DataDirectory dataDirectory;

	@TempDir
	static Path inbox;

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
		targets.importCsv(new ByteArrayInputStream("""
				unit_code,indicator,comparison,term_target,note
				H1,TC06,>=,100,Minh họa
				H1,TC07,>=,200,Minh họa
				H1,DD04,>=,100,Minh họa
				H1,DD12,<=,5,Minh họa
				""".getBytes(StandardCharsets.UTF_8)));
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

	@Test
	void everyUnitAboveTheGrassrootsGetsAReport() throws Exception {
		try (var files = Files.list(reports)) {
			assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("H1.csv", "H1.pdf",
					"H1.xlsx", "H2.csv", "H2.pdf", "H2.xlsx", "P.csv", "P.pdf", "P.xlsx");
		}
	}

	@Test
	void theHeaderFollowsTheAdministrativeFormat() throws Exception {
		String h1 = text(reports.resolve("H1.pdf"));
		assertThat(h1).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
				"LIÊN ĐOÀN LAO ĐỘNG TỈNH THỬ NGHIỆM", "LIÊN ĐOÀN LAO ĐỘNG HUYỆN MỘT", "Số: /BC-LĐLĐ",
				"Một, ngày 15 tháng 12 năm 2020", "BÁO CÁO",
				"Số liệu sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Công đoàn huyện Một, nhiệm kỳ 2018–2023",
				"./.", "Nơi nhận:", "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH");
		assertThat(text(reports.resolve("P.pdf"))).contains("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM",
				"LIÊN ĐOÀN LAO ĐỘNG TỈNH THỬ NGHIỆM");
	}

	@Test
	void theFiguresAreTheHandComputedOnesInVietnameseFormat() throws Exception {
		String h1 = text(reports.resolve("H1.pdf"));
		// LD01 40, 132, 154, period 154; LD05 5,75 / 7,636 / 8,558 / 7,84; TC09 82,5% / 80,3% / 76% / 76%;
		// TC10 66,7% / 55,7% / 55,6% / 55,6%; TCH07 14, 35, 53, period 53.
		assertThat(h1).contains("40 132 154 154", "5,75 7,636 8,558 7,84", "82,5% 80,3% 76% 76%",
				"66,7% 55,7% 55,6% 55,6%", "14 35 53 53");
		// Children by name; B (founded 2019) and completeness per year.
		assertThat(h1).contains("Trường Tiểu học A", "Công ty TNHH B", "Hợp tác xã C",
				"Năm 2018: 2/2 công đoàn cơ sở đã báo cáo (100%).");
		// Targets: TC06 117 ≥ 100 exceeded; TC07 105 of 120 due (87,5%) not met; DD04 100% met; DD12 0 ≤ 3 met.
		assertThat(h1).contains("≥ 100 100 117 117% Vượt", "≥ 200 120 105 87,5% Chưa đạt", "≥ 100% 100% 100% 100% Đạt",
				"≤ 5 3 0 0% Đạt");
		String p = text(reports.resolve("P.pdf"));
		// The province: LD01 1.140 / 1.332 / 1.454; LD05 9,851 in 2018 and 10,305 over the period.
		assertThat(p).contains("1.140 1.332 1.454 1.454", "9,851", "10,305", "Liên đoàn Lao động huyện Một");
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
			if (r.get("unit_code").equals("H1")) {
				fromCsv.add(r.get("indicator") + "|" + r.get("period") + "|" + new BigDecimal(r.get("value")).stripTrailingZeros().toPlainString());
			}
		}
		Set<String> fromXlsx = new HashSet<>();
		try (Workbook wb = WorkbookFactory.create(reports.resolve("H1.xlsx").toFile(), null, true)) {
			String[] periods = { "2018", "2019", "2020", "2018-2020" };
			for (int s = 0; s < wb.getNumberOfSheets(); s++) {
				Sheet sheet = wb.getSheetAt(s);
				for (Row row : sheet) {
					if (row.getRowNum() < 3) {
						continue;
					}
					BigDecimal value = BigDecimal.valueOf(row.getCell(3).getNumericCellValue()).stripTrailingZeros();
					fromXlsx.add(row.getCell(0).getStringCellValue() + "|" + periods[s] + "|" + value.toPlainString());
				}
			}
		}
		assertThat(fromCsv).hasSizeGreaterThan(200);
		assertThat(fromXlsx).isEqualTo(fromCsv);
	}

	@Test
	void theCsvExportHoldsTheRowsOfTheSubtree() throws Exception {
		List<String> expected = new ArrayList<>();
		for (CSVRecord r : csv(dataDirectory.outputs().resolve("latest/totals.csv"))) {
			if (r.get("unit_code").startsWith("H1")) {
				expected.add(String.join(",", r.toList()));
			}
		}
		List<String> actual = new ArrayList<>();
		csv(reports.resolve("H1.csv")).forEach(r -> actual.add(String.join(",", r.toList())));
		assertThat(actual).isEqualTo(expected);
	}

	private static List<CSVRecord> csv(Path file) throws Exception {
		try (Reader reader = Files.newBufferedReader(file)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}
}
