package vn.tonghop.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.consolidation.Total;
import vn.tonghop.form.TestForms;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.report.Block;
import vn.tonghop.report.MidtermDocument;
import vn.tonghop.report.ReportTable;
import vn.tonghop.system.TestMessages;

/**
 * A unit's workbook is written by a streaming writer that keeps only its last 100 rows in memory: a province's
 * children's sheet of hundreds of districts must still come back whole, row by row, numbers as numbers.
 */
class ExcelExportTest {

	/** More rows than the streaming writer keeps in memory (100), so most are flushed before the sheet ends. */
	private static final int CHILDREN = 250;

	@TempDir
	Path folder;

	@Test
	void aChildrenSheetLongerThanTheStreamingWindowReadsBackWhole() throws Exception {
		List<ReportTable.Column> columns = List.of(
				new ReportTable.Column("name", "Đơn vị", 167, ReportTable.Align.LEFT),
				new ReportTable.Column("c1", "Đoàn viên (2020)", 50, ReportTable.Align.RIGHT),
				new ReportTable.Column("c2", "Tỷ lệ (2020)", 50, ReportTable.Align.RIGHT));
		List<Map<String, ?>> rows = new ArrayList<>();
		for (int i = 1; i <= CHILDREN; i++) {
			// Child i has 1.000 + i members, written as the report prints them, and a rate of i,5 %.
			rows.add(Map.of("name", "Liên đoàn Lao động huyện " + i, "c1", String.format("1.%03d", i),
					"c2", i + ",5%"));
		}
		MidtermDocument document = new MidtermDocument(
				new MidtermDocument.Header(List.of("LIÊN ĐOÀN LAO ĐỘNG"), List.of("TỈNH MỘT"), "Số: 1/BC", "ngày", "BÁO CÁO",
						"Số liệu"),
				List.of(new Block(Block.Kind.TABLE, null, new ReportTable("children-table", columns, rows), null)),
				new MidtermDocument.Closing("Nơi nhận:", List.of(), "TM.", "CHỦ TỊCH", "Lê Văn Ba"), null);
		OrgUnit province = new OrgUnit("P", "Liên đoàn Lao động tỉnh Một", "TINH", null, null, null, null);
		Path file = folder.resolve("P.xlsx");

		new ExcelExport(TestForms.bieu01(), TestMessages.vietnamese())
			.write(List.of(new Total("P", "LD01", "2020", BigDecimal.TEN)), province, document, file);

		try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
			Sheet sheet = wb.getSheet("Đơn vị trực thuộc");
			assertThat(sheet).isNotNull();
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Liên đoàn Lao động tỉnh Một (P)");
			assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Đoàn viên (2020)");
			assertThat(sheet.getLastRowNum()).isEqualTo(2 + CHILDREN);
			for (int i = 1; i <= CHILDREN; i++) {
				Row row = sheet.getRow(2 + i);
				assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Liên đoàn Lao động huyện " + i);
				assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(1000.0 + i);
				assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(i + 0.5);
			}
			// The heading row is printed again on every page, and stays in view as the sheet scrolls.
			assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("3:3");
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
		}
	}
}
