package vn.tonghop.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tonghop.sampledata.FilledForm;

/**
 * The bad and odd inputs real inboxes hold, each made by code, with what the reader must make of it: read (with
 * the notes it earns) or refused with its own message. docs/inputs.md lists the same cases for staff, by id.
 */
final class InputCorpus {

	/** What one input must give: the keys of its findings, in order, and whether a submission is read. */
	record Case(String id, String fileName, Maker maker, boolean reads, List<String> keys) {

		byte[] bytes() throws IOException {
			return maker.make();
		}

		@Override
		public String toString() {
			return id;
		}
	}

	interface Maker {

		byte[] make() throws IOException;

	}

	interface Edit {

		void apply(FilledForm form) throws IOException;

	}

	private InputCorpus() {
	}

	static List<Case> cases() {
		List<Case> all = new ArrayList<>();
		// --- Not a workbook, or not one we can open --------------------------------------------------------------
		all.add(refused("empty", "rong.xlsx", () -> new byte[0], "reader.empty"));
		all.add(refused("not-a-zip", "anh-chup.xlsx", InputCorpus::jpegBytes, "reader.notWorkbook"));
		all.add(refused("truncated-zip", "cat-ngang.xlsx", () -> {
			byte[] whole = good();
			return Arrays.copyOf(whole, whole.length / 2);
		}, "reader.damaged"));
		all.add(refused("zip-bomb", "bom-nen.xlsx", InputCorpus::zipBomb, "reader.zipBomb"));
		all.add(refused("encrypted", "mat-khau.xlsx", InputCorpus::encrypted, "reader.encrypted"));
		all.add(refused("excel-95", "excel95.xls", InputCorpus::biff5, "reader.oldExcel"));
		all.add(refused("strict-ooxml", "strict.xlsx", InputCorpus::strict, "reader.strictOoxml"));
		all.add(refused("ods", "bang-tinh.ods", InputCorpus::ods, "reader.openDocument"));
		all.add(refused("too-large", "nhieu-anh.xlsx", InputCorpus::imageHeavy, "reader.tooLarge"));
		all.add(refused("too-many-cells", "qua-nhieu-o.xlsx", InputCorpus::manyCells, "reader.tooManyCells"));
		all.add(refused("xml-external-entity", "xxe.xlsx", InputCorpus::externalEntity, "reader.damaged"));
		// --- Workbooks under another name or format: read by what they are --------------------------------------
		all.add(reads("xls-named-xlsx", "bieu.xlsx", () -> asXls(good())));
		all.add(reads("xlsx-named-xls", "bieu.xls", InputCorpus::good));
		all.add(reads("xlsm-with-macros", "bieu.xlsm", InputCorpus::withMacros));
		all.add(reads("two-hundred-sheets", "200-trang.xlsx", () -> edited(f -> {
			for (int i = 1; i <= 200; i++) {
				f.workbook().createSheet("Phụ lục " + i).createRow(0).createCell(0).setCellValue(i);
			}
		})));
		// --- Not our form ----------------------------------------------------------------------------------------
		all.add(refused("other-form", "cham-cong.xlsx", () -> {
			try (XSSFWorkbook other = new XSSFWorkbook()) {
				other.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("Bảng chấm công tháng 11");
				return write(other);
			}
		}, "reader.unknownForm"));
		all.add(refused("older-version", "bieu-cu.xlsx", () -> edited(
				f -> f.workbook().getSheet("_tonghop").getRow(1).getCell(1).setCellValue("2015-2017.1")),
				"reader.otherVersion"));
		all.add(refused("code-column-deleted", "xoa-cot-ma.xlsx", () -> edited(f -> {
			for (org.apache.poi.ss.usermodel.Row row : f.sheet()) {
				if (row.getCell(1) != null) {
					row.removeCell(row.getCell(1));
				}
			}
		}), "reader.noCodeColumn"));
		all.add(refused("year-header-deleted", "xoa-nam.xlsx",
				() -> edited(f -> f.sheet().getRow(f.row("LD01") - 2).getCell(5).setBlank()), "reader.missingYear"));
		// --- Cells people get wrong ------------------------------------------------------------------------------
		all.add(new Case("merged-inputs", "gop-o.xlsx", () -> edited(f -> f.sheet().addMergedRegion(
				new CellRangeAddress(f.row("TC06"), f.row("TC06"), 4, 6))), true, List.of()));
		all.add(reads("formula-with-cached-value", "cong-thuc.xlsx", () -> edited(f -> {
			f.cell("LD01", 2020).setCellFormula("100+20");
			org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator.evaluateAllFormulaCells(f.workbook());
		})));
		all.add(new Case("formula-without-cached-value", "cong-thuc-chua-tinh.xlsx", InputCorpus::uncalculated, true,
				List.of("reader.formulaNotCalculated")));
		all.add(new Case("ref-and-div0-errors", "loi-cong-thuc.xlsx", () -> edited(f -> {
			f.cell("TC06", 2019).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.REF.getCode());
			f.cell("TC06", 2020).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode());
		}), true, List.of("reader.formulaError", "reader.formulaError")));
		all.add(new Case("numbers-as-text", "so-dang-chu.xlsx", () -> edited(f -> f.set("TC06", 2018, "1.234")
			.set("TC06", 2019, "1 234").set("TC06", 2020, "1,234").set("TCH01", 2018, "12,5")
			.set("DD12", 2018, "-")), true, List.of("reader.textNumber", "reader.textNumber",
					"reader.textNumber", "reader.textNumber", "reader.textNumber")));
		all.add(new Case("wrong-locale-thousands", "sai-dau-phan-cach.xlsx", () -> edited(f -> f.set("TC06", 2020,
				new java.math.BigDecimal("1.234"))), true, List.of("reader.fractionThousands")));
		all.add(new Case("negative-and-fraction", "so-am-le.xlsx", () -> edited(f -> f.set("TC06", 2019, -5)
			.set("TC06", 2020, 12.5)), true, List.of("reader.negative", "reader.fraction")));
		all.add(reads("yes-no-spellings", "co-khong.xlsx", () -> edited(f -> f.set("DD02", 2018, "x")
			.set("DD02", 2019, "C").set("DD02", 2020, "khong"))));
		all.add(reads("nfd-text", "to-hop.xlsx", () -> edited(f -> f.set("DD02", 2019,
				java.text.Normalizer.normalize("Không", java.text.Normalizer.Form.NFD)))));
		all.add(new Case("tcvn3-text", "tcvn3.xlsx", () -> edited(f -> f.set("DD02", 2020, "Kh\u00ABng")), true,
				List.of("reader.legacyEncoding")));
		all.add(reads("unit-code-spaces-lower-case", "ma-thuong.xlsx",
				() -> edited(f -> f.setHeader("Mã đơn vị:", "  h1-cs01 "))));
		return all;
	}

	static Case refused(String id, String fileName, Maker maker, String key) {
		return new Case(id, fileName, maker, false, List.of(key));
	}

	static Case reads(String id, String fileName, Maker maker) {
		return new Case(id, fileName, maker, true, List.of());
	}

	/** A filled form of WorkbookFixtures.UNIT: 2018–2020 labour and members, nothing else. */
	static byte[] good() throws IOException {
		return edited(f -> {
		});
	}

	static byte[] edited(Edit edit) throws IOException {
		try (FilledForm form = WorkbookFixtures.blankForm()) {
			for (int year = 2018; year <= 2020; year++) {
				form.set("LD01", year, 100 + year % 10).set("TC06", year, 90 + year % 10);
			}
			edit.apply(form);
			return form.bytes();
		}
	}

	private static byte[] write(Workbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

	private static byte[] jpegBytes() {
		byte[] photo = new byte[4096];
		new Random(7).nextBytes(photo);
		photo[0] = (byte) 0xFF;
		photo[1] = (byte) 0xD8;
		photo[2] = (byte) 0xFF;
		return photo;
	}

	/** The form's sheet with 300 MB of blanks inside it: valid XML, a few hundred KB zipped. */
	private static byte[] zipBomb() throws IOException {
		return rezip(good(), (name, content, zip) -> {
			zip.putNextEntry(new ZipEntry(name));
			if (name.equals("xl/worksheets/sheet1.xml")) {
				String xml = new String(content, StandardCharsets.UTF_8);
				int body = xml.indexOf("<sheetData");
				zip.write(xml.substring(0, body).getBytes(StandardCharsets.UTF_8));
				byte[] blanks = new byte[1 << 20];
				Arrays.fill(blanks, (byte) ' ');
				for (int i = 0; i < 300; i++) {
					zip.write(blanks);
				}
				zip.write(xml.substring(body).getBytes(StandardCharsets.UTF_8));
			}
			else {
				zip.write(content);
			}
		});
	}

	/** A sheet declaring an entity that would pull a local file into a cell if the parser resolved it. */
	private static byte[] externalEntity() throws IOException {
		return rezip(good(), (name, content, zip) -> {
			zip.putNextEntry(new ZipEntry(name));
			String text = new String(content, StandardCharsets.UTF_8);
			if (name.equals("xl/worksheets/sheet1.xml")) {
				int root = text.indexOf("<worksheet");
				text = text.substring(0, root) + "<!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
						+ text.substring(root).replaceFirst("<sheetData>",
								"<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&secret;</t></is></c></row>");
			}
			zip.write(text.getBytes(StandardCharsets.UTF_8));
		});
	}

	/** TC06 of 2020 as a formula saved without its result, as programs other than Excel write it. */
	private static byte[] uncalculated() throws IOException {
		byte[] form = edited(f -> f.cell("TC06", 2020).setCellFormula("LD01+1"));
		return rezip(form, (name, content, zip) -> {
			zip.putNextEntry(new ZipEntry(name));
			String text = new String(content, StandardCharsets.UTF_8);
			zip.write(name.startsWith("xl/worksheets/")
					? text.replaceAll("(<f>LD01\\+1</f>)<v>[^<]*</v>", "$1").getBytes(StandardCharsets.UTF_8) : content);
		});
	}

	private static byte[] encrypted() throws IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("matkhau");
			try (OutputStream os = encryptor.getDataStream(fs)) {
				os.write(good());
			}
			catch (java.security.GeneralSecurityException ex) {
				throw new IOException(ex);
			}
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
	}

	/** An OLE2 file whose workbook stream is called "Book": how Excel 5.0/95 (BIFF5) saved. */
	private static byte[] biff5() throws IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			byte[] bof = { 0x09, 0x08, 0x08, 0x00, 0x00, 0x05, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00 };
			fs.createDocument(new ByteArrayInputStream(bof), "Book");
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
	}

	/** The good form with the Strict OOXML namespaces Excel writes for "Strict Open XML Spreadsheet". */
	private static byte[] strict() throws IOException {
		return rezip(good(), (name, content, zip) -> {
			zip.putNextEntry(new ZipEntry(name));
			String text = new String(content, StandardCharsets.UTF_8);
			if (name.endsWith(".xml") || name.endsWith(".rels")) {
				text = text.replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
						"http://purl.oclc.org/ooxml/spreadsheetml/main")
					.replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
							"http://purl.oclc.org/ooxml/officeDocument/relationships");
				zip.write(text.getBytes(StandardCharsets.UTF_8));
			}
			else {
				zip.write(content);
			}
		});
	}

	private static byte[] ods() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			ZipEntry mimetype = new ZipEntry("mimetype");
			zip.putNextEntry(mimetype);
			zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"
				.getBytes(StandardCharsets.UTF_8));
		}
		return out.toByteArray();
	}

	/** The good form with 21 MB of photographs (incompressible bytes) in its media folder. */
	private static byte[] imageHeavy() throws IOException {
		byte[] photo = new byte[21_000_000];
		new Random(1).nextBytes(photo);
		return rezip(good(), (name, content, zip) -> {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content);
			if (name.equals("[Content_Types].xml")) {
				zip.putNextEntry(new ZipEntry("xl/media/image1.jpeg"));
				zip.write(photo);
			}
		});
	}

	/** A sheet of 300.000 filled cells beside the form: more than the reader's bound. */
	private static byte[] manyCells() throws IOException {
		return edited(f -> {
			var sheet = f.workbook().createSheet("Dữ liệu thô");
			for (int r = 0; r < 30_000; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < 10; c++) {
					row.createCell(c).setCellValue(r * 10 + c);
				}
			}
		});
	}

	private static byte[] withMacros() throws IOException {
		return rezip(good(), (name, content, zip) -> {
			zip.putNextEntry(new ZipEntry(name));
			String text = new String(content, StandardCharsets.UTF_8);
			if (name.equals("[Content_Types].xml")) {
				text = text.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
						"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
					.replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office."
							+ "vbaProject\"/></Types>");
				zip.write(text.getBytes(StandardCharsets.UTF_8));
				zip.putNextEntry(new ZipEntry("xl/vbaProject.bin"));
				zip.write("Sub Auto_Open(): Shell \"cmd\": End Sub".getBytes(StandardCharsets.US_ASCII));
			}
			else {
				zip.write(content);
			}
		});
	}

	private static byte[] asXls(byte[] xlsx) throws IOException {
		try (Workbook from = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); HSSFWorkbook to = new HSSFWorkbook()) {
			WorkbookFixtures.copyValues(from, to);
			return write(to);
		}
	}

	interface EntryWriter {

		void write(String name, byte[] content, ZipOutputStream zip) throws IOException;

	}

	private static byte[] rezip(byte[] xlsx, EntryWriter writer) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				writer.write(entry.getName(), in.readAllBytes(), zip);
			}
		}
		return out.toByteArray();
	}
}
