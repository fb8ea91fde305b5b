package vn.tonghop.workbook;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.sampledata.FilledForm;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.Severity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The tolerated oddities read correctly with their note; each unreadable case becomes its precise finding. */
class WorkbookReaderTest {

	@TempDir
	Path dir;

	interface Edit {

		void apply(FilledForm form) throws IOException;

	}

	private ReadResult readEdited(Edit edit) throws IOException {
		try (FilledForm form = WorkbookFixtures.blankForm()) {
			form.set("LD01", 2018, 100).set("LD01", 2019, 110).set("LD01", 2020, 120);
			edit.apply(form);
			return WorkbookFixtures.read(dir, "bieu.xlsx", form.bytes());
		}
	}

	private static BigDecimal number(ReadResult result, String code, int year) {
		return (BigDecimal) result.submission().orElseThrow().value(code, year).orElseThrow().value();
	}

	// --- Tolerated oddities -------------------------------------------------------------------

	@Test
	void numbersTypedAsTextAreReadWithANoteEachTime() throws IOException {
		ReadResult result = readEdited(f -> f.set("LD01", 2018, "1.234").set("TCH01", 2019, "1.234,5")
			.set("TC06", 2020, "\u00A0 98 người")
			.set("DD12", 2019, "-"));

		assertThat(number(result, "LD01", 2018)).isEqualByComparingTo("1234");
		assertThat(number(result, "TCH01", 2019)).isEqualByComparingTo("1234.5");
		assertThat(number(result, "TC06", 2020)).isEqualByComparingTo("98");
		assertThat(number(result, "DD12", 2019)).isEqualByComparingTo("0");
		assertThat(result.findings()).extracting(Finding::severity, Finding::code, Finding::cell, Finding::indicator,
				Finding::year, Finding::key)
			.containsExactlyInAnyOrder(tuple(Severity.WARNING, "W1", "E14", "LD01", 2018, "reader.textNumber"),
					tuple(Severity.WARNING, "W1", "F67", "TCH01", 2019, "reader.textNumber"),
					tuple(Severity.WARNING, "W1", "G21", "TC06", 2020, "reader.textNumber"),
					tuple(Severity.WARNING, "W1", "F33", "DD12", 2019, "reader.textNumber"));
		assertThat(result.findings().get(0).args()).containsExactly("1.234", "1234");
	}

	@Test
	void anInsertedRowAHiddenRowAndAMovedTableStillRead() throws IOException {
		ReadResult result = readEdited(f -> {
			Sheet sheet = f.sheet();
			sheet.shiftRows(f.row("LD01") - 2, sheet.getLastRowNum(), 3);
			sheet.createRow(f.row("LD01") - 1).createCell(0).setCellValue("Dòng chèn thêm của người lập biểu");
			sheet.getRow(f.row("LD01") + 3).setZeroHeight(true);
			sheet.shiftColumns(0, 8, 1);
		});

		assertThat(result.findings()).isEmpty();
		assertThat(number(result, "LD01", 2019)).isEqualByComparingTo("110");
		// 3 rows down and 1 column right of F14.
		assertThat(result.submission().orElseThrow().value("LD01", 2019).orElseThrow().cell()).isEqualTo("G17");
	}

	@Test
	void aFormulaCellGivesTheValueExcelSaved() throws IOException {
		ReadResult result = readEdited(f -> {
			f.cell("LD01", 2020).setCellFormula("100+25");
			XSSFFormulaEvaluator.evaluateAllFormulaCells(f.workbook());
		});

		assertThat(result.findings()).isEmpty();
		assertThat(number(result, "LD01", 2020)).isEqualByComparingTo("125");
	}

	@Test
	void yesAndNoAreAcceptedInTheirCommonSpellings() throws IOException {
		ReadResult result = readEdited(f -> f.set("DD02", 2018, "x").set("DD02", 2019, "khong").set("DD02", 2020, 1)
			.set("DD08", 2018, "CÓ")
			.set("DD08", 2019, "0")
			.set("XL", 2018, "htxs"));

		var s = result.submission().orElseThrow();
		assertThat(result.findings()).isEmpty();
		assertThat(s.value("DD02", 2018).orElseThrow().value()).isEqualTo(true);
		assertThat(s.value("DD02", 2019).orElseThrow().value()).isEqualTo(false);
		assertThat(s.value("DD02", 2020).orElseThrow().value()).isEqualTo(true);
		assertThat(s.value("DD08", 2018).orElseThrow().value()).isEqualTo(true);
		assertThat(s.value("DD08", 2019).orElseThrow().value()).isEqualTo(false);
		assertThat(s.value("XL", 2018).orElseThrow().value()).isEqualTo("HTXS");
	}

	@Test
	void aLegacyXlsCopyOfTheFormReads() throws IOException {
		byte[] xls;
		try (FilledForm form = WorkbookFixtures.blankForm();
				HSSFWorkbook old = new HSSFWorkbook();
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			form.set("LD01", 2019, 110).set("DD02", 2019, true).set("XL", 2019, "HT");
			WorkbookFixtures.copyValues(form.workbook(), old);
			old.write(out);
			xls = out.toByteArray();
		}

		ReadResult result = WorkbookFixtures.read(dir, "bieu-cu.xls", xls);

		assertThat(result.findings()).isEmpty();
		assertThat(number(result, "LD01", 2019)).isEqualByComparingTo("110");
		assertThat(result.submission().orElseThrow().value("XL", 2019).orElseThrow().value()).isEqualTo("HT");
	}

	// --- Values that cannot be read (E3) ------------------------------------------------------

	@Test
	void wrongValuesBecomeE3FindingsNamingCellValueAndExpectation() throws IOException {
		ReadResult result = readEdited(f -> {
			f.set("LD04", 2019, -3).set("TC07", 2018, 2.5).set("TC08", 2018, "khoảng mười");
			f.set("DD02", 2018, "Có lẽ").set("XL", 2020, "Xuất sắc").set("TCH01", 2018, 1.23456);
			f.cell("CB01", 2019).setCellFormula("1/0");
			XSSFFormulaEvaluator.evaluateAllFormulaCells(f.workbook());
			f.set("KT01", 2018, "Kh«ng");
			// Excel keeps 15 digits: 999.999.999.999.999 is a figure, 10^15 and up is not.
			f.set("LD03", 2020, 1e300).set("TCH03", 2019, 1e15).set("LD02", 2020, 999_999_999_999_999d);
			f.set("LD03", 2018, "1.000.000.000.000.000");
		});

		assertThat(result.hasErrors()).isTrue();
		assertThat(result.findings()).extracting(Finding::code, Finding::indicator, Finding::year, Finding::key,
				Finding::args)
			.containsExactlyInAnyOrder(tuple("E3", "LD04", 2019, "reader.negative", List.of("-3")),
					tuple("E3", "TC07", 2018, "reader.fraction", List.of("2.5")),
					tuple("E3", "TC08", 2018, "reader.notNumber", List.of("khoảng mười")),
					tuple("E3", "DD02", 2018, "reader.notBool", List.of("Có lẽ")),
					tuple("E3", "XL", 2020, "reader.notChoice",
							List.of("Xuất sắc", "HTXS, HTT, HT, KHT, Chưa xếp loại")),
					tuple("E3", "TCH01", 2018, "reader.moneyDecimals", List.of("1.23456")),
					tuple("E3", "CB01", 2019, "reader.formulaError", List.of("#DIV/0!")),
					tuple("E3", "KT01", 2018, "reader.legacyEncoding", List.of("Kh«ng", "Times New Roman")),
					tuple("E3", "LD03", 2020, "reader.numberTooLarge", List.of("1E+300")),
					tuple("E3", "TCH03", 2019, "reader.numberTooLarge", List.of("1E+15")),
					tuple("E3", "LD03", 2018, "reader.numberTooLarge", List.of("1E+15")));
		assertThat(number(result, "LD02", 2020)).isEqualByComparingTo("999999999999999");
		assertThat(result.findings()).allSatisfy(f -> {
			assertThat(f.file()).isEqualTo("bieu.xlsx");
			assertThat(f.sheet()).isEqualTo("Biểu 01-CĐCS");
			assertThat(f.cell()).matches("[E-G]\\d+");
		});
	}

	// --- Files that cannot be read as the form (E1) ----------------------------------------------

	private ReadResult readBytes(String name, byte[] bytes) throws IOException {
		return WorkbookFixtures.read(dir, name, bytes);
	}

	private static String onlyE1(ReadResult result) {
		assertThat(result.submission()).isEmpty();
		assertThat(result.findings()).hasSize(1);
		assertThat(result.findings().get(0).code()).isEqualTo("E1");
		return result.findings().get(0).key();
	}

	@Test
	void anEmptyFile() throws IOException {
		assertThat(onlyE1(readBytes("rong.xlsx", new byte[0]))).isEqualTo("reader.empty");
	}

	@Test
	void aTextFileNamedXlsx() throws IOException {
		assertThat(onlyE1(readBytes("van-ban.xlsx", "không phải Excel".getBytes(StandardCharsets.UTF_8))))
			.isEqualTo("reader.notWorkbook");
	}

	@Test
	void aTruncatedWorkbook() throws IOException {
		byte[] whole = WorkbookFixtures.template(WorkbookFixtures.UNIT);
		assertThat(onlyE1(readBytes("cat-ngang.xlsx", Arrays.copyOf(whole, whole.length / 2))))
			.isEqualTo("reader.damaged");
	}

	@Test
	void aPasswordProtectedWorkbook() throws Exception {
		byte[] plain = WorkbookFixtures.template(WorkbookFixtures.UNIT);
		ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("matkhau");
			try (OutputStream os = encryptor.getDataStream(fs)) {
				os.write(plain);
			}
			fs.writeFilesystem(encrypted);
		}
		assertThat(onlyE1(readBytes("mat-khau.xlsx", encrypted.toByteArray()))).isEqualTo("reader.encrypted");
	}

	@Test
	void aWorkbookThatIsNotOurForm() throws IOException {
		try (XSSFWorkbook other = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			other.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("Bảng chấm công tháng 11");
			other.write(out);
			assertThat(onlyE1(readBytes("cham-cong.xlsx", out.toByteArray()))).isEqualTo("reader.unknownForm");
		}
	}

	@Test
	void anOlderVersionOfTheForm() throws IOException {
		ReadResult result = readEdited(
				f -> f.workbook().getSheet("_tonghop").getRow(1).getCell(1).setCellValue("2015-2017.1"));
		assertThat(onlyE1(result)).isEqualTo("reader.otherVersion");
		assertThat(result.findings().get(0).args()).containsExactly("2015-2017.1", "2018-2020.1");
	}

	@Test
	void aDeletedIndicatorRow() throws IOException {
		ReadResult result = readEdited(f -> f.sheet().getRow(f.row("TC08")).getCell(1).setBlank());
		assertThat(onlyE1(result)).isEqualTo("reader.missingCodes");
		assertThat(result.findings().get(0).args()).containsExactly("TC08", "Biểu 01-CĐCS");
	}

	@Test
	void aRenamedYearHeader() throws IOException {
		ReadResult result = readEdited(f -> f.sheet().getRow(f.row("LD01") - 2).getCell(5).setCellValue("Năm sau"));
		assertThat(onlyE1(result)).isEqualTo("reader.missingYear");
		assertThat(result.findings().get(0).args()).containsExactly("2019", "Biểu 01-CĐCS");
	}

	@Test
	void aDuplicatedIndicatorRow() throws IOException {
		ReadResult result = readEdited(f -> f.sheet().getRow(f.row("TC08")).getCell(1).setCellValue("TC07"));
		assertThat(onlyE1(result)).isEqualTo("reader.missingCodes");
		ReadResult duplicate = readEdited(f -> {
			Row extra = f.sheet().createRow(f.sheet().getLastRowNum() + 2);
			extra.createCell(1).setCellValue("LD01");
		});
		assertThat(onlyE1(duplicate)).isEqualTo("reader.duplicateCodes");
		assertThat(duplicate.findings().get(0).args()).containsExactly("LD01", "Biểu 01-CĐCS");
	}
}
