package vn.tonghop.outputs;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tonghop.form.FigureKind;

/**
 * The export's cell styles, made once per workbook. Number formats group thousands and show one number of decimals per
 * kind; Excel shows them with the reader's separators, so a Vietnamese Excel reads "12.345" and "85,3%". A
 * percentage is stored as the per-cent figure (85.3) with a literal "%" so it reads the same as in the report.
 */
final class ExcelStyles {

	private final XSSFWorkbook wb;

	private final CellStyle title;

	private final CellStyle heading;

	private final CellStyle section;

	private final CellStyle text;

	private final CellStyle count;

	private final CellStyle amount;

	private final CellStyle percent;

	ExcelStyles(XSSFWorkbook wb) {
		this.wb = wb;
		this.title = style(font(true, 13), false);
		this.heading = style(font(true, 11), true);
		heading.setAlignment(HorizontalAlignment.CENTER);
		heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		heading.setWrapText(true);
		this.section = style(font(true, 11), true);
		this.text = style(font(false, 11), true);
		text.setWrapText(true);
		this.count = number("#,##0");
		this.amount = number("#,##0.0");
		this.percent = number("0.0\\%");
	}

	CellStyle title() {
		return title;
	}

	CellStyle heading() {
		return heading;
	}

	CellStyle section() {
		return section;
	}

	CellStyle text() {
		return text;
	}

	CellStyle number(FigureKind kind) {
		return kind == FigureKind.PERCENT ? percent : kind == FigureKind.AMOUNT ? amount : count;
	}

	CellStyle formatted(boolean isPercent, boolean decimals) {
		return isPercent ? percent : decimals ? amount : count;
	}

	/** A4 landscape, one page wide, the heading rows repeated on every printed page. */
	void print(Sheet sheet, int lastHeadingRow) {
		sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
		sheet.getPrintSetup().setLandscape(true);
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(lastHeadingRow, lastHeadingRow, -1, -1));
	}

	private CellStyle number(String format) {
		CellStyle style = style(font(false, 11), true);
		style.setDataFormat(wb.createDataFormat().getFormat(format));
		return style;
	}

	private XSSFFont font(boolean bold, int size) {
		XSSFFont font = wb.createFont();
		font.setFontName("Times New Roman");
		font.setBold(bold);
		font.setFontHeightInPoints((short) size);
		return font;
	}

	private XSSFCellStyle style(XSSFFont font, boolean border) {
		XSSFCellStyle style = wb.createCellStyle();
		style.setFont(font);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		if (border) {
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
		}
		return style;
	}
}
