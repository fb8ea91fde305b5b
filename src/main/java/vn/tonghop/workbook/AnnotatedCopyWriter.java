package vn.tonghop.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.springframework.stereotype.Component;

import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingFormatter;
import vn.tonghop.system.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * Writes a copy of a rejected workbook for its sender: every faulty cell coloured and carrying a comment with the
 * message, and a first sheet listing every finding. The copy is made from the archived bytes in memory; the
 * received file is never touched.
 */
@Component
public class AnnotatedCopyWriter {

	private final FindingFormatter formatter;

	private final Messages messages;

	AnnotatedCopyWriter(FindingFormatter formatter, Messages messages) {
		this.formatter = formatter;
		this.messages = messages;
	}

	/** "TN-CT/loi.xlsx" → "TN-CT_loi-chu-thich.xlsx": one flat folder, the original extension kept. */
	public static String nameFor(String path) {
		String flat = path.replace('/', '_');
		int dot = flat.lastIndexOf('.');
		return dot < 0 ? flat + "-chu-thich" : flat.substring(0, dot) + "-chu-thich" + flat.substring(dot);
	}

	/** @return false when the file cannot be opened as a workbook at all (then only findings.csv explains it) */
	public boolean write(byte[] original, List<Finding> findings, Path target) throws IOException {
		Workbook workbook;
		try (InputStream in = new java.io.ByteArrayInputStream(original)) {
			workbook = WorkbookFactory.create(in);
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
		try (workbook) {
			markCells(workbook, findings);
			listFindings(workbook, findings);
			try (OutputStream out = Files.newOutputStream(target)) {
				workbook.write(out);
			}
			return true;
		}
	}

	/**
	 * Colours every cell a finding names (a broken rule names each cell it reads) and comments it. A cell with an
	 * error is rose whatever warnings it also has: the error is what stops the file.
	 */
	/** The sheet a finding names; a name too long for a finding to keep whole is matched by the start it kept. */
	private static Sheet sheetOf(Workbook workbook, String name) {
		if (name == null) {
			return null;
		}
		Sheet sheet = workbook.getSheet(name);
		if (sheet == null && name.endsWith("…")) {
			String start = name.substring(0, name.length() - 1);
			for (Sheet each : workbook) {
				if (each.getSheetName().startsWith(start)) {
					return each;
				}
			}
		}
		return sheet;
	}

	private void markCells(Workbook workbook, List<Finding> findings) {
		CreationHelper helper = workbook.getCreationHelper();
		Map<Short, CellStyle> marked = new HashMap<>();
		Map<Sheet, Drawing<?>> drawings = new HashMap<>();
		Set<Cell> inError = new HashSet<>();
		for (Finding finding : findings) {
			Sheet sheet = sheetOf(workbook, finding.sheet());
			if (sheet == null || finding.cell() == null) {
				continue;
			}
			String text = formatter.severity(finding) + " " + finding.code() + ": " + formatter.message(finding);
			for (String address : finding.cell().split(",\\s*")) {
				Cell cell = cell(sheet, new CellReference(address));
				if (finding.isError() || !inError.contains(cell)) {
					paint(workbook, cell, finding.isError(), marked);
				}
				if (finding.isError()) {
					inError.add(cell);
				}
				comment(helper, drawings, sheet, cell, text);
			}
		}
	}

	private static Cell cell(Sheet sheet, CellReference ref) {
		Row row = sheet.getRow(ref.getRow()) != null ? sheet.getRow(ref.getRow()) : sheet.createRow(ref.getRow());
		return row.getCell(ref.getCol()) != null ? row.getCell(ref.getCol()) : row.createCell(ref.getCol());
	}

	private static void paint(Workbook workbook, Cell cell, boolean error, Map<Short, CellStyle> marked) {
		short color = error ? IndexedColors.ROSE.getIndex() : IndexedColors.LIGHT_YELLOW.getIndex();
		cell.setCellStyle(marked.computeIfAbsent((short) (cell.getCellStyle().getIndex() * 2 + (error ? 1 : 0)), k -> {
			CellStyle style = workbook.createCellStyle();
			style.cloneStyleFrom(cell.getCellStyle());
			style.setFillForegroundColor(color);
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			return style;
		}));
	}

	private static void comment(CreationHelper helper, Map<Sheet, Drawing<?>> drawings, Sheet sheet, Cell cell,
			String text) {
		Comment existing = cell.getCellComment();
		if (existing != null) {
			existing.setString(helper.createRichTextString(existing.getString().getString() + "\n" + text));
			return;
		}
		Drawing<?> drawing = drawings.computeIfAbsent(sheet, Sheet::createDrawingPatriarch);
		ClientAnchor anchor = helper.createClientAnchor();
		anchor.setCol1(cell.getColumnIndex() + 1);
		anchor.setCol2(cell.getColumnIndex() + 5);
		anchor.setRow1(cell.getRowIndex());
		anchor.setRow2(cell.getRowIndex() + 4);
		Comment comment = drawing.createCellComment(anchor);
		comment.setString(helper.createRichTextString(text));
		comment.setAuthor("tonghop");
		cell.setCellComment(comment);
	}

	private void listFindings(Workbook workbook, List<Finding> findings) {
		String name = messages.get("annotated.sheet");
		Sheet sheet = workbook.createSheet(name);
		workbook.setSheetOrder(name, 0);
		workbook.setActiveSheet(0);
		workbook.setSelectedTab(0);
		Row title = sheet.createRow(0);
		title.createCell(0).setCellValue(messages.get("annotated.title"));
		String[] headers = { "annotated.column.severity", "annotated.column.code", "annotated.column.sheet",
				"annotated.column.cell", "annotated.column.indicator", "annotated.column.year",
				"annotated.column.message" };
		Row header = sheet.createRow(2);
		for (int c = 0; c < headers.length; c++) {
			header.createCell(c).setCellValue(messages.get(headers[c]));
		}
		int r = 3;
		for (Finding f : findings) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(formatter.severity(f));
			row.createCell(1).setCellValue(f.code());
			row.createCell(2).setCellValue(f.sheet() == null ? "" : f.sheet());
			row.createCell(3).setCellValue(f.cell() == null ? "" : f.cell());
			row.createCell(4).setCellValue(f.indicator() == null ? "" : f.indicator());
			row.createCell(5).setCellValue(f.year() == null ? "" : String.valueOf(f.year()));
			row.createCell(6).setCellValue(formatter.message(f));
		}
		int[] widths = { 10, 8, 16, 12, 12, 8, 80 };
		for (int c = 0; c < widths.length; c++) {
			sheet.setColumnWidth(c, widths[c] * 256);
		}
		// The list prints on A4 landscape, one page wide, each message wrapped on as many lines as it needs.
		CellStyle wrapped = workbook.createCellStyle();
		wrapped.setWrapText(true);
		wrapped.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
		for (int i = 3; i < r; i++) {
			Row row = sheet.getRow(i);
			row.getCell(6).setCellStyle(wrapped);
			row.setHeightInPoints(15f * Math.max(1, (row.getCell(6).getStringCellValue().length() + 69) / 70));
		}
		sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
		sheet.getPrintSetup().setLandscape(true);
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
	}
}
