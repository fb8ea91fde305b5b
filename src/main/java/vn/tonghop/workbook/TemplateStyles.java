package vn.tonghop.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tonghop.form.ValueType;

import java.util.EnumMap;
import java.util.Map;

/** The few cell styles of the template, created once per workbook (Excel caps the number of styles). */
final class TemplateStyles {

	final XSSFCellStyle title;

	final XSSFCellStyle subtitle;

	final XSSFCellStyle subtitleBold;

	final XSSFCellStyle label;

	final XSSFCellStyle lockedValue;

	final XSSFCellStyle openValue;

	final XSSFCellStyle tableHeader;

	final XSSFCellStyle section;

	final XSSFCellStyle center;

	final XSSFCellStyle wrap;

	final XSSFCellStyle wrapPlain;

	final XSSFCellStyle inactive;

	/** The "Ngày lập" cell: a date, shown dd/mm/yyyy. */
	final XSSFCellStyle openDate;

	/** The signature block under the table: titles bold, notes italic, centred, no border. */
	final XSSFCellStyle signTitle;

	final XSSFCellStyle signNote;

	final Map<ValueType, XSSFCellStyle> input = new EnumMap<>(ValueType.class);

	TemplateStyles(XSSFWorkbook wb) {
		XSSFFont plain = font(wb, false, false, 12);
		XSSFFont bold = font(wb, true, false, 12);
		XSSFFont italic = font(wb, false, true, 12);
		title = style(wb, font(wb, true, false, 14), false, null);
		title.setAlignment(HorizontalAlignment.CENTER);
		subtitle = style(wb, italic, false, null);
		subtitle.setAlignment(HorizontalAlignment.CENTER);
		subtitleBold = style(wb, bold, false, null);
		label = style(wb, bold, false, null);
		label.setWrapText(true);
		label.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.CENTER);
		lockedValue = style(wb, plain, true, rgb(0xF2, 0xF2, 0xF2));
		openValue = style(wb, plain, true, null);
		openValue.setLocked(false);
		tableHeader = style(wb, bold, true, rgb(0xDD, 0xEB, 0xF7));
		tableHeader.setAlignment(HorizontalAlignment.CENTER);
		tableHeader.setWrapText(true);
		section = style(wb, bold, true, rgb(0xFF, 0xF2, 0xCC));
		center = style(wb, plain, true, null);
		center.setAlignment(HorizontalAlignment.CENTER);
		wrap = style(wb, plain, true, null);
		wrap.setWrapText(true);
		wrapPlain = style(wb, plain, false, null);
		wrapPlain.setWrapText(true);
		inactive = style(wb, plain, true, rgb(0xBF, 0xBF, 0xBF));
		openDate = style(wb, plain, true, null);
		openDate.setLocked(false);
		openDate.setAlignment(HorizontalAlignment.LEFT);
		openDate.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
		signTitle = style(wb, bold, false, null);
		signTitle.setAlignment(HorizontalAlignment.CENTER);
		signNote = style(wb, italic, false, null);
		signNote.setAlignment(HorizontalAlignment.CENTER);
		short integer = wb.createDataFormat().getFormat("#,##0");
		short decimal = wb.createDataFormat().getFormat("#,##0.###");
		for (ValueType type : ValueType.values()) {
			XSSFCellStyle s = style(wb, plain, true, null);
			s.setLocked(false);
			if (type == ValueType.INT) {
				s.setDataFormat(integer);
			}
			else if (type == ValueType.MONEY) {
				s.setDataFormat(decimal);
			}
			else {
				s.setAlignment(HorizontalAlignment.CENTER);
			}
			input.put(type, s);
		}
	}

	private static XSSFFont font(XSSFWorkbook wb, boolean bold, boolean italic, int points) {
		XSSFFont f = wb.createFont();
		f.setFontName("Times New Roman");
		f.setFontHeightInPoints((short) points);
		f.setBold(bold);
		f.setItalic(italic);
		return f;
	}

	private static XSSFCellStyle style(XSSFWorkbook wb, XSSFFont font, boolean border, XSSFColor fill) {
		XSSFCellStyle s = wb.createCellStyle();
		s.setFont(font);
		s.setVerticalAlignment(VerticalAlignment.CENTER);
		if (border) {
			s.setBorderTop(BorderStyle.THIN);
			s.setBorderBottom(BorderStyle.THIN);
			s.setBorderLeft(BorderStyle.THIN);
			s.setBorderRight(BorderStyle.THIN);
		}
		if (fill != null) {
			s.setFillForegroundColor(fill);
			s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}
		return s;
	}

	private static XSSFColor rgb(int r, int g, int b) {
		return new XSSFColor(new byte[] { (byte) r, (byte) g, (byte) b }, null);
	}
}
