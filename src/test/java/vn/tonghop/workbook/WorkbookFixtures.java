package vn.tonghop.workbook;

import vn.tonghop.form.Form;
import vn.tonghop.form.TestForms;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.sampledata.FilledForm;
import vn.tonghop.system.TestMessages;

import java.io.ByteArrayOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** A template writer and reader over the real form and messages, and a sample unit. */
final class WorkbookFixtures {

	static final Form FORM = TestForms.bieu01();

	static final OrgUnit UPPER = new OrgUnit("H1", "Liên đoàn Lao động huyện Dương Minh Châu", "HUYEN", "P", null,
			null, null);

	static final OrgUnit UNIT = new OrgUnit("H1-CS01", "Công đoàn cơ sở Trường Tiểu học Phước Minh", "CDCS", "H1",
			"NNN", LocalDate.of(2010, 1, 1), null);

	static final TemplateWriter WRITER = new TemplateWriter(FORM, TestMessages.vietnamese());

	static final WorkbookReader READER = new WorkbookReader(TestMessages.settings(), TestMessages.source());

	/** The reader through POI's OPC package: every read of the tests is cross-checked against it. */
	static final WorkbookReader POI_READER = new WorkbookReader(TestMessages.settings(), TestMessages.source(), true);

	private WorkbookFixtures() {
	}

	static byte[] template(OrgUnit unit) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			WRITER.write(unit, UPPER, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static FilledForm blankForm() throws IOException {
		return new FilledForm(template(UNIT), FORM.years());
	}

	static ReadResult read(Path dir, String name, byte[] bytes) throws IOException {
		Path file = dir.resolve(name);
		Files.write(file, bytes);
		return readWithBoth(file, name, java.util.List.of(FORM));
	}

	/**
	 * Reads a file with the run's reader (StAX over the bytes) and with the POI reader from the file, and fails
	 * unless both give the same result: the form, the submission (every value and cell) and every finding.
	 */
	static ReadResult readWithBoth(Path file, String name, java.util.List<vn.tonghop.form.Form> collected)
			throws IOException {
		ReadResult stax = READER.read(Files.readAllBytes(file), name, collected);
		ReadResult poi = POI_READER.read(file, name, collected);
		org.assertj.core.api.Assertions.assertThat(stax).as("the StAX reader against the POI reader on " + name)
			.isEqualTo(poi);
		return stax;
	}

	/** Numbers and texts of every sheet, as a legacy .xls copy of the form holds them. */
	static void copyValues(Workbook from, Workbook to) {
		for (Sheet sheet : from) {
			Sheet copy = to.createSheet(sheet.getSheetName());
			for (Row row : sheet) {
				Row r = copy.createRow(row.getRowNum());
				for (Cell cell : row) {
					Cell c = r.createCell(cell.getColumnIndex());
					switch (cell.getCellType()) {
						case NUMERIC -> c.setCellValue(cell.getNumericCellValue());
						case STRING -> c.setCellValue(cell.getStringCellValue());
						default -> {
						}
					}
				}
			}
		}
	}
}
