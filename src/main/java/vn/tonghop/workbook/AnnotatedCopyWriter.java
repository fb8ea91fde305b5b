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

	/** @return false when the file cannot be opened as a workbook at all (then only findings.csv explains it) */
	public boolean write(Path archived, List<Finding> findings, Path target) throws IOException {
		Workbook workbook;
		try (InputStream in = Files.newInputStream(archived)) {
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

	private void markCells(Workbook workbook, List<Finding> findings) {
		CreationHelper helper = workbook.getCreationHelper();
		Map<Short, CellStyle> marked = new HashMap<>();
		Map<Sheet, Drawing<?>> drawings = new HashMap<>();
		for (Finding finding : findings) {
			Sheet sheet = finding.sheet() == null ? null : workbook.getSheet(finding.sheet());
			if (sheet == null || finding.cell() == null) {
				continue;
			}
			CellReference ref = new CellReference(finding.cell());
			Row row = sheet.getRow(ref.getRow()) != null ? sheet.getRow(ref.getRow()) : sheet.createRow(ref.getRow());
			Cell cell = row.getCell(ref.getCol()) != null ? row.getCell(ref.getCol()) : row.createCell(ref.getCol());
			short color = finding.isError() ? IndexedColors.ROSE.getIndex() : IndexedColors.LIGHT_YELLOW.getIndex();
			cell.setCellStyle(marked.computeIfAbsent((short) (cell.getCellStyle().getIndex() * 2 + (finding.isError() ? 1 : 0)),
					k -> {
						CellStyle style = workbook.createCellStyle();
						style.cloneStyleFrom(cell.getCellStyle());
						style.setFillForegroundColor(color);
						style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
						return style;
					}));
			String text = formatter.severity(finding) + " " + finding.code() + ": " + formatter.message(finding);
			Comment existing = cell.getCellComment();
			if (existing != null) {
				existing.setString(helper.createRichTextString(existing.getString().getString() + "\n" + text));
				continue;
			}
			Drawing<?> drawing = drawings.computeIfAbsent(sheet, Sheet::createDrawingPatriarch);
			ClientAnchor anchor = helper.createClientAnchor();
			anchor.setCol1(ref.getCol() + 1);
			anchor.setCol2(ref.getCol() + 5);
			anchor.setRow1(ref.getRow());
			anchor.setRow2(ref.getRow() + 4);
			Comment comment = drawing.createCellComment(anchor);
			comment.setString(helper.createRichTextString(text));
			comment.setAuthor("tonghop");
			cell.setCellComment(comment);
		}
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
		int[] widths = { 10, 8, 16, 8, 12, 8, 110 };
		for (int c = 0; c < widths.length; c++) {
			sheet.setColumnWidth(c, widths[c] * 256);
		}
	}
}
