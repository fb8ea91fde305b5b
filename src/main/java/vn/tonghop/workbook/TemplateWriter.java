package vn.tonghop.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.tonghop.form.Form;
import vn.tonghop.form.Indicator;
import vn.tonghop.form.Section;
import vn.tonghop.form.Sector;
import vn.tonghop.form.ValueType;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.system.Messages;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the blank form for one CĐCS from the form definition: header pre-filled and locked, input cells unlocked
 * and guarded by data validation, years in which the unit did not stand greyed and locked, an instructions sheet,
 * and the stamp (form id, version, unit code) the reader recognises it by.
 */
@Component
public class TemplateWriter {

	static final int COL_TT = 0;

	static final int COL_CODE = 1;

	static final int COL_NAME = 2;

	static final int COL_UNIT = 3;

	static final int COL_FIRST_YEAR = 4;

	private static final int LABEL_CHARS = 17;

	/** The instructions' column, in characters: the width of an A4 portrait page at 12 pt. */
	private static final int INSTRUCTION_CHARS = 72;

	private final Form form;

	private final Messages messages;

	private final TemplateValidations validations;

	TemplateWriter(Form form, Messages messages) {
		this.form = form;
		this.messages = messages;
		this.validations = new TemplateValidations(form, messages);
	}

	/** The writer of another form's templates (this one's is the bundled form's). */
	public TemplateWriter of(Form other) {
		return other == form ? this : new TemplateWriter(other, messages);
	}

	/** The file name staff see: "Bieu01-CDCS_<code>.xlsx". */
	public String fileName(OrgUnit unit) {
		return form.id().replaceAll("[^A-Za-z0-9-]", "") + "_" + unit.code() + ".xlsx";
	}

	public void write(OrgUnit unit, OrgUnit upper, OutputStream out) throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			TemplateStyles styles = new TemplateStyles(wb);
			XSSFSheet sheet = wb.createSheet(form.shortTitle());
			TemplateParts.writeLists(wb, form);
			int headerRow = writeHeader(sheet, styles, unit, upper);
			writeTable(sheet, styles, unit, headerRow);
			writeInstructions(wb, styles);
			TemplateParts.writeStamp(wb, form, unit);
			TemplateParts.setUpPrinting(sheet, headerRow);
			wb.setActiveSheet(0);
			wb.write(out);
		}
	}

	private int writeHeader(XSSFSheet sheet, TemplateStyles styles, OrgUnit unit, OrgUnit upper) {
		int lastCol = noteColumn();
		text(sheet, 0, 0, form.title().toUpperCase(messagesLocale()), styles.title);
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, lastCol));
		text(sheet, 1, 0, messages.get("template.formStamp", form.shortTitle(), form.id(), form.version()),
				styles.subtitle);
		sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, lastCol));
		String sectorName = form.sectors()
			.stream()
			.filter(s -> s.code().equals(unit.sector()))
			.map(Sector::name)
			.findFirst()
			.orElse("");
		Object[][] fields = { { "template.header.unitCode", unit.code(), true },
				{ "template.header.unitName", unit.name(), true },
				{ "template.header.upper", upper == null ? "" : upper.name(), true },
				{ "template.header.sector", unit.sector() + " - " + sectorName, true },
				{ "template.header.preparer", "", false }, { "template.header.phone", "", false },
				{ "template.header.date", "", false } };
		int row = 3;
		for (Object[] field : fields) {
			String label = messages.get((String) field[0]);
			text(sheet, row, 0, label, styles.label);
			sheet.addMergedRegion(new CellRangeAddress(row, row, 0, 1));
			// The label column holds 17 characters a line: a longer label takes two lines, never cut.
			sheet.getRow(row).setHeightInPoints(label.length() > LABEL_CHARS ? 32f : 16f);
			boolean locked = (Boolean) field[2];
			boolean date = field[0].equals("template.header.date");
			text(sheet, row, 2, (String) field[1], locked ? styles.lockedValue : date ? styles.openDate : styles.openValue);
			if (date) {
				validations.date(sheet, row, 2);
			}
			for (int c = 3; c <= lastCol; c++) {
				sheet.getRow(row).createCell(c).setCellStyle(locked ? styles.lockedValue : styles.openValue);
			}
			sheet.addMergedRegion(new CellRangeAddress(row, row, 2, lastCol));
			row++;
		}
		return row + 1;
	}

	private void writeTable(XSSFSheet sheet, TemplateStyles styles, OrgUnit unit, int headerRow) {
		List<String> headers = new ArrayList<>(List.of(messages.get("template.column.tt"),
				messages.get("template.column.code"), messages.get("template.column.name"),
				messages.get("template.column.unit")));
		form.years().forEach(y -> headers.add(messages.get("template.column.year", String.valueOf(y))));
		headers.add(messages.get("template.column.note"));
		for (int c = 0; c < headers.size(); c++) {
			text(sheet, headerRow, c, headers.get(c), styles.tableHeader);
		}
		int[] widths = { 6, 12, 62, 16 };
		for (int c = 0; c < widths.length; c++) {
			sheet.setColumnWidth(c, widths[c] * 256);
		}
		for (int i = 0; i < form.years().size(); i++) {
			sheet.setColumnWidth(COL_FIRST_YEAR + i, 14 * 256);
		}
		sheet.setColumnWidth(noteColumn(), 28 * 256);
		sheet.createFreezePane(COL_FIRST_YEAR, headerRow + 1);

		Map<ValueType, CellRangeAddressList> inputsByType = new EnumMap<>(ValueType.class);
		Map<String, CellRangeAddressList> inputsByList = new HashMap<>();
		int row = headerRow + 1;
		for (Section section : form.sections()) {
			text(sheet, row, COL_TT, section.code(), styles.section);
			text(sheet, row, COL_CODE, "", styles.section);
			text(sheet, row, COL_NAME, section.title().toUpperCase(messagesLocale()), styles.section);
			for (int c = COL_UNIT; c <= noteColumn(); c++) {
				text(sheet, row, c, "", styles.section);
			}
			row++;
			int number = 1;
			for (Indicator indicator : section.indicators()) {
				text(sheet, row, COL_TT, String.valueOf(number++), styles.center);
				text(sheet, row, COL_CODE, indicator.code(), styles.center);
				String name = indicator.isRequiredFor(unit.sector())
						? indicator.name() + " " + messages.get("template.requiredMark") : indicator.name();
				text(sheet, row, COL_NAME, name, styles.wrap);
				text(sheet, row, COL_UNIT, unitLabel(indicator), styles.center);
				sheet.getRow(row).setHeightInPoints(15f * Math.max(1, (int) Math.ceil(name.length() / 60.0)));
				for (int i = 0; i < form.years().size(); i++) {
					int col = COL_FIRST_YEAR + i;
					Cell cell = sheet.getRow(row).createCell(col);
					if (unit.isActiveInYear(form.years().get(i))) {
						cell.setCellStyle(styles.input.get(indicator.type()));
						if (indicator.type() == ValueType.CHOICE) {
							inputsByList.computeIfAbsent(indicator.choices(), k -> new CellRangeAddressList())
								.addCellRangeAddress(row, col, row, col);
						}
						else {
							inputsByType.computeIfAbsent(indicator.type(), k -> new CellRangeAddressList())
								.addCellRangeAddress(row, col, row, col);
						}
					}
					else {
						cell.setCellStyle(styles.inactive);
					}
				}
				text(sheet, row, noteColumn(), "", styles.openValue);
				row++;
			}
		}
		validations.inputs(sheet, inputsByType, inputsByList);
		TemplateParts.writeSignatures(sheet, styles, messages, row + 1, COL_NAME, COL_FIRST_YEAR, noteColumn());
		sheet.enableLocking();
		sheet.lockFormatColumns(false);
		sheet.lockFormatRows(false);
		sheet.lockSelectLockedCells(false);
		sheet.lockSelectUnlockedCells(false);
	}

	private void writeInstructions(XSSFWorkbook wb, TemplateStyles styles) {
		XSSFSheet sheet = wb.createSheet(messages.get("template.instructions.sheet"));
		// One column as wide as an A4 portrait page, each instruction on as many lines as it needs.
		sheet.setColumnWidth(0, INSTRUCTION_CHARS * 256);
		text(sheet, 0, 0, messages.get("template.instructions.title"), styles.subtitleBold);
		int row = 2;
		for (int i = 1; messages.find("template.instructions." + i).isPresent(); i++) {
			String instruction = messages.get("template.instructions." + i);
			text(sheet, row, 0, instruction, styles.wrapPlain);
			int lines = (int) Math.ceil(instruction.length() / (INSTRUCTION_CHARS * 0.85));
			sheet.getRow(row++).setHeightInPoints(16f * Math.max(1, lines));
		}
		sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		wb.setSheetOrder(sheet.getSheetName(), 1);
	}

	private String unitLabel(Indicator indicator) {
		return switch (indicator.type()) {
			case BOOL -> messages.get("template.unit.bool");
			case CHOICE -> messages.get("template.unit.choice");
			default -> indicator.unit();
		};
	}

	private int noteColumn() {
		return COL_FIRST_YEAR + form.years().size();
	}

	private java.util.Locale messagesLocale() {
		return java.util.Locale.forLanguageTag("vi");
	}

	static void text(XSSFSheet sheet, int r, int c, String value, XSSFCellStyle style) {
		Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
		Cell cell = row.createCell(c);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}
}
