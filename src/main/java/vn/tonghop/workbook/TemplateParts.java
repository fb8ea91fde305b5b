package vn.tonghop.workbook;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tonghop.form.Form;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.system.Messages;

/**
 * The parts of a blank form around its table: the hidden sheet of drop-down lists (named ranges, since a list
 * validation is limited to 255 characters), the very hidden stamp the reader recognises the form by, and the page
 * set-up for printing.
 */
final class TemplateParts {

	private TemplateParts() {
	}

	static void writeLists(XSSFWorkbook wb, Form form) {
		XSSFSheet lists = wb.createSheet(TemplateLayout.LISTS_SHEET);
		List<List<String>> columns = new ArrayList<>();
		List<String> names = new ArrayList<>();
		columns.add(List.of(TemplateLayout.YES, TemplateLayout.NO));
		names.add(TemplateLayout.BOOL_RANGE);
		form.choiceLists().forEach((name, values) -> {
			columns.add(values);
			names.add(TemplateLayout.listRange(name));
		});
		for (int c = 0; c < columns.size(); c++) {
			List<String> values = columns.get(c);
			for (int r = 0; r < values.size(); r++) {
				Row row = lists.getRow(r) != null ? lists.getRow(r) : lists.createRow(r);
				row.createCell(c).setCellValue(values.get(r));
			}
			String column = CellReference.convertNumToColString(c);
			XSSFName name = wb.createName();
			name.setNameName(names.get(c));
			name.setRefersToFormula("'" + TemplateLayout.LISTS_SHEET + "'!$" + column + "$1:$" + column + "$"
					+ values.size());
		}
		lists.enableLocking();
		wb.setSheetVisibility(wb.getSheetIndex(lists), SheetVisibility.HIDDEN);
	}

	static void writeStamp(XSSFWorkbook wb, Form form, OrgUnit unit) {
		XSSFSheet meta = wb.createSheet(TemplateLayout.META_SHEET);
		String[][] stamp = { { TemplateLayout.KEY_FORM_ID, form.id() },
				{ TemplateLayout.KEY_FORM_VERSION, form.version() }, { TemplateLayout.KEY_UNIT_CODE, unit.code() } };
		for (int r = 0; r < stamp.length; r++) {
			Row row = meta.createRow(r);
			row.createCell(0).setCellValue(stamp[r][0]);
			row.createCell(1).setCellValue(stamp[r][1]);
		}
		meta.enableLocking();
		wb.setSheetVisibility(wb.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
		var custom = wb.getProperties().getCustomProperties();
		custom.addProperty("tonghop." + TemplateLayout.KEY_FORM_ID, form.id());
		custom.addProperty("tonghop." + TemplateLayout.KEY_FORM_VERSION, form.version());
		custom.addProperty("tonghop." + TemplateLayout.KEY_UNIT_CODE, unit.code());
		wb.getProperties().getCoreProperties().setTitle(form.shortTitle() + " - " + unit.name());
		wb.getProperties().getCoreProperties().setCreator("tonghop");
	}

	static void setUpPrinting(XSSFSheet sheet, int headerRow) {
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		sheet.setFitToPage(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
		sheet.setHorizontallyCenter(true);
	}

	/**
	 * Under the table, as on the paper form: "Người lập biểu" on the left, the date line and "Thủ trưởng đơn vị" on
	 * the right, each with what goes under it. Only the name and year columns are used: the reader reads rows by
	 * their indicator code, and these rows have none.
	 */
	static void writeSignatures(XSSFSheet sheet, TemplateStyles styles, Messages messages, int row, int left,
			int right, int last) {
		TemplateWriter.text(sheet, row, right, messages.get("template.sign.date"), styles.signNote);
		sheet.addMergedRegion(new CellRangeAddress(row, row, right, last));
		TemplateWriter.text(sheet, row + 1, left, messages.get("template.sign.preparer"), styles.signTitle);
		TemplateWriter.text(sheet, row + 1, right, messages.get("template.sign.head"), styles.signTitle);
		sheet.addMergedRegion(new CellRangeAddress(row + 1, row + 1, right, last));
		TemplateWriter.text(sheet, row + 2, left, messages.get("template.sign.preparerNote"), styles.signNote);
		TemplateWriter.text(sheet, row + 2, right, messages.get("template.sign.headNote"), styles.signNote);
		sheet.addMergedRegion(new CellRangeAddress(row + 2, row + 2, right, last));
	}
}
