package vn.tonghop.outputs;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.tonghop.consolidation.Total;
import vn.tonghop.form.Form;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.report.MidtermDocument;
import vn.tonghop.report.ReportTable;
import vn.tonghop.system.Messages;

/**
 * A unit's figures as a workbook a clerk can use: "Số liệu", every figure of the form by section with the years side
 * by side and the period, numbers as numbers in vi-VN formats; then the report's children and targets tables
 * (with verdicts) as sheets of their own. Headings frozen, columns sized, printable on A4 landscape.
 */
class ExcelExport {

	/** A figure as the report module formatted it: "1.234", "7,8", "85,3%". */
	private static final Pattern FORMATTED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})*(,\\d+)?%?");

	/** The characters of a name on one line of the figures sheet's name column. */
	private static final int NAME_CHARS = 64;

	private final Form form;

	private final Messages messages;

	private final FigureLines lines;

	ExcelExport(Form form, Messages messages) {
		this.form = form;
		this.messages = messages;
		this.lines = new FigureLines(form, messages);
	}

	/**
	 * Writes the workbook with POI's streaming writer: rows are written out as text as they are made, not built
	 * as XSSF's XMLBeans tree first (that tree and its saving were most of the workbook's time). Every row is
	 * finished before the next is made, which is all streaming asks; the strings are written in their cells, which
	 * Excel and LibreOffice read as well as a shared table. Closing the workbook deletes its temporary files.
	 */
	void write(List<Total> totals, OrgUnit unit, MidtermDocument document, Path file) throws IOException {
		// POI's defaults: a window of 100 rows, temporary files uncompressed, no shared strings table.
		try (SXSSFWorkbook wb = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			ExcelStyles styles = new ExcelStyles(wb.getXSSFWorkbook());
			figures(wb, styles, unit, totals);
			for (var block : document.body()) {
				// Bảng 1 (of any number of years) is the "Số liệu" sheet already, with numbers as numbers.
				if (block.table() != null && !block.table().layout().startsWith("summary-table")) {
					table(wb, styles, unit, block.table());
				}
			}
			wb.writeAvoidingTempFiles(out);
		}
	}

	private void figures(SXSSFWorkbook wb, ExcelStyles styles, OrgUnit unit, List<Total> totals) {
		Sheet sheet = wb.createSheet(messages.get("export.sheet.figures"));
		title(sheet, styles, unit, 7);
		Map<String, BigDecimal> values = new java.util.HashMap<>();
		totals.forEach(t -> values.put(t.indicator() + "|" + t.period(), t.value()));
		// A column a year, then the period's (a one-year form's period is its year: no column of its own).
		List<String> periods = new java.util.ArrayList<>(form.years().stream().map(String::valueOf).toList());
		List<String> headingList = new java.util.ArrayList<>(List.of(messages.get("report.column.code"),
				messages.get("report.column.name"), messages.get("report.column.unit")));
		periods.forEach(year -> headingList.add(messages.get("template.column.year", year)));
		int yearCount = periods.size();
		if (yearCount > 1) {
			periods.add(form.firstYear() + "-" + form.lastYear());
			headingList.add(messages.get("report.column.period"));
		}
		Row header = sheet.createRow(2);
		String[] headings = headingList.toArray(String[]::new);
		for (int c = 0; c < headings.length; c++) {
			cell(header, c, headings[c], styles.heading());
		}
		int r = 3;
		for (FigureLines.Line line : lines.all()) {
			Row row = sheet.createRow(r++);
			if (line.section()) {
				cell(row, 0, line.code(), styles.section());
				cell(row, 1, line.name(), styles.section());
				sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 1, headings.length - 1));
				continue;
			}
			cell(row, 0, line.code(), styles.text());
			cell(row, 1, line.name(), styles.text());
			cell(row, 2, line.unit(), styles.text());
			fitHeight(row, List.of(line.name()), new int[] { NAME_CHARS });
			for (int p = 0; p < periods.size(); p++) {
				BigDecimal value = p == yearCount && !line.hasPeriod() ? null : values.get(line.code() + "|" + periods.get(p));
				Cell cell = row.createCell(3 + p);
				cell.setCellStyle(styles.number(line.kind()));
				if (value != null) {
					cell.setCellValue(value.doubleValue());
				}
			}
		}
		int[] widths = { 14, NAME_CHARS + 6, 24 };
		for (int c = 0; c < headings.length; c++) {
			sheet.setColumnWidth(c, (c < widths.length ? widths[c] : c == yearCount + 3 ? 14 : 12) * 256);
		}
		sheet.createFreezePane(2, 3);
		styles.print(sheet, 2);
	}

	/** A table of the report as a sheet: its headings, its rows; figures become numbers again, words stay words. */
	private void table(SXSSFWorkbook wb, ExcelStyles styles, OrgUnit unit, ReportTable table) {
		Sheet sheet = wb.createSheet(messages.get("export.sheet." + table.layout()));
		title(sheet, styles, unit, table.columns().size());
		// Characters per line of each column: a name column holds its longest names on up to three lines.
		int[] chars = new int[table.columns().size()];
		Row header = sheet.createRow(2);
		for (int c = 0; c < chars.length; c++) {
			chars[c] = Math.max(12, table.columns().get(c).width() / 3);
			cell(header, c, table.columns().get(c).header(), styles.heading());
			sheet.setColumnWidth(c, (chars[c] + 2) * 256);
		}
		fitHeight(header, table.headers(), chars);
		int r = 3;
		for (Map<String, ?> values : table.rows()) {
			Row row = sheet.createRow(r++);
			List<String> texts = table.columns().stream()
				.map(column -> values.get(column.key()) == null ? "" : values.get(column.key()).toString())
				.toList();
			for (int c = 0; c < chars.length; c++) {
				String text = texts.get(c);
				if (FORMATTED.matcher(text).matches()) {
					boolean percent = text.endsWith("%");
					String plain = text.replace("%", "").replace(".", "").replace(',', '.');
					Cell cell = row.createCell(c);
					cell.setCellValue(Double.parseDouble(plain));
					cell.setCellStyle(styles.formatted(percent, plain.contains(".")));
				}
				else {
					cell(row, c, text, styles.text());
				}
			}
			fitHeight(row, texts, chars);
		}
		sheet.createFreezePane(1, 3);
		styles.print(sheet, 2);
	}

	/** Neither Excel nor LibreOffice grows a row for wrapped text when opening a file: room for its longest cell. */
	private static void fitHeight(Row row, List<String> texts, int[] chars) {
		int lines = 1;
		for (int c = 0; c < chars.length; c++) {
			lines = Math.max(lines, (texts.get(c).length() + chars[c] - 1) / chars[c]);
		}
		row.setHeightInPoints(15f * lines);
	}

	private static void title(Sheet sheet, ExcelStyles styles, OrgUnit unit, int columns) {
		Row title = sheet.createRow(0);
		cell(title, 0, unit.name() + " (" + unit.code() + ")", styles.title());
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
	}

	private static void cell(Row row, int column, String text, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(text);
		cell.setCellStyle(style);
	}
}
