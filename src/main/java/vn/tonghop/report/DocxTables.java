package vn.tonghop.report;

import java.math.BigInteger;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;

/** The DOCX's tables: a report table with its heading row repeated on each page, and the borderless layout tables. */
final class DocxTables {

	/** Twentieths of a point per point of the PDF's column widths. */
	private static final int TWIPS = 20;

	private DocxTables() {
	}

	static void table(XWPFDocument docx, ReportTable model) {
		XWPFTable table = docx.createTable(1, model.columns().size());
		grid(table, model.columns().stream().mapToInt(c -> c.width() * TWIPS).toArray());
		// 2 pt each side, as the PDF's cells: Word's default 0,19 cm would break codes that fit there.
		sideMargins(table, 40);
		XWPFTableRow heading = table.getRow(0);
		heading.setRepeatHeader(true);
		heading.setCantSplitRow(true);
		for (int c = 0; c < model.columns().size(); c++) {
			XWPFTableCell cell = heading.getCell(c);
			cell.setColor("E8E8E8");
			DocxText.add(first(cell), model.columns().get(c).header(), DocxText.Style.CELL_BOLD);
		}
		for (Map<String, ?> values : model.rows()) {
			XWPFTableRow row = table.createRow();
			row.setCantSplitRow(true);
			if (Boolean.TRUE.equals(values.get("section"))) {
				section(row, model, values);
				continue;
			}
			for (int c = 0; c < model.columns().size(); c++) {
				ReportTable.Column column = model.columns().get(c);
				Object value = values.get(column.key());
				var run = DocxText.add(first(row.getCell(c)), value == null ? "" : value.toString(),
						DocxText.Style.CELL);
				run.getParagraph().setAlignment(switch (column.align()) {
					case LEFT -> ParagraphAlignment.LEFT;
					case CENTER -> ParagraphAlignment.CENTER;
					case RIGHT -> ParagraphAlignment.RIGHT;
				});
			}
		}
		docx.createParagraph();
	}

	/** A section line: its code in the first cell, its name across the others, bold on grey. */
	private static void section(XWPFTableRow row, ReportTable model, Map<String, ?> values) {
		Object code = values.get(model.columns().get(0).key());
		DocxText.add(first(row.getCell(0)), code == null ? "" : code.toString(), DocxText.Style.CELL_BOLD);
		DocxText.add(first(row.getCell(1)), String.valueOf(values.get("name")), DocxText.Style.CELL_BOLD)
			.getParagraph()
			.setAlignment(ParagraphAlignment.LEFT);
		for (int c = model.columns().size() - 1; c >= 2; c--) {
			row.removeCell(c);
		}
		var properties = row.getCell(1).getCTTc().isSetTcPr() ? row.getCell(1).getCTTc().getTcPr()
				: row.getCell(1).getCTTc().addNewTcPr();
		properties.addNewGridSpan().setVal(BigInteger.valueOf(model.columns().size() - 1));
		row.getCell(0).setColor("F4F4F4");
		row.getCell(1).setColor("F4F4F4");
	}

	/** A table without borders that only places things side by side (the header, the signature). */
	static XWPFTable layout(XWPFDocument docx, int... widths) {
		XWPFTable table = docx.createTable(1, widths.length);
		grid(table, widths);
		table.removeBorders();
		sideMargins(table, 0);
		return table;
	}

	/** The left and right padding of every cell, in twips (POI writes no margin of 0 itself). */
	private static void sideMargins(XWPFTable table, int twips) {
		var properties = table.getCTTbl().getTblPr();
		var margins = properties.isSetTblCellMar() ? properties.getTblCellMar() : properties.addNewTblCellMar();
		for (var side : new org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth[] {
				margins.isSetLeft() ? margins.getLeft() : margins.addNewLeft(),
				margins.isSetRight() ? margins.getRight() : margins.addNewRight() }) {
			side.setW(BigInteger.valueOf(twips));
			side.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth.DXA);
		}
	}

	/** The cell's first paragraph (a new cell has one, empty). */
	static XWPFParagraph first(XWPFTableCell cell) {
		return cell.getParagraphs().get(0);
	}

	private static void grid(XWPFTable table, int[] widths) {
		CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
				: table.getCTTbl().getTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		int total = 0;
		for (int width : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
			total += width;
		}
		table.setWidth(String.valueOf(total));
		for (int c = 0; c < widths.length; c++) {
			table.getRow(0).getCell(c).setWidth(String.valueOf(widths[c]));
		}
	}
}
