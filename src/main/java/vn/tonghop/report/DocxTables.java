package vn.tonghop.report;

import java.util.Map;
import java.util.function.Consumer;

/** The DOCX's tables: a report table with its heading row repeated on each page, and the borderless layout tables. */
final class DocxTables {

	/** Twentieths of a point per point of the PDF's column widths. */
	private static final int TWIPS = 20;

	private static final String BORDERS = "<w:tblBorders><w:top w:val=\"single\"/><w:left w:val=\"single\"/>"
			+ "<w:bottom w:val=\"single\"/><w:right w:val=\"single\"/><w:insideH w:val=\"single\"/>"
			+ "<w:insideV w:val=\"single\"/></w:tblBorders>";

	private DocxTables() {
	}

	/** A report table, its rows never split across pages, then an empty paragraph. */
	static void table(WordXml xml, ReportTable model) {
		int[] widths = model.columns().stream().mapToInt(c -> c.width() * TWIPS).toArray();
		// 2 pt each side, as the PDF's cells: Word's default 0,19 cm would break codes that fit there.
		start(xml, widths, true, 40);
		xml.raw("<w:tr><w:trPr><w:tblHeader w:val=\"on\"/><w:cantSplit w:val=\"on\"/></w:trPr>");
		for (int c = 0; c < widths.length; c++) {
			xml.raw("<w:tc><w:tcPr>");
			width(xml, widths[c]);
			shade(xml, "E8E8E8");
			xml.raw("</w:tcPr>");
			DocxText.add(xml, model.columns().get(c).header(), DocxText.Style.CELL_BOLD);
			xml.raw("</w:tc>");
		}
		xml.raw("</w:tr>");
		for (Map<String, ?> values : model.rows()) {
			xml.raw("<w:tr><w:trPr><w:cantSplit w:val=\"on\"/></w:trPr>");
			if (Boolean.TRUE.equals(values.get("section"))) {
				section(xml, model, values);
			}
			else {
				for (ReportTable.Column column : model.columns()) {
					Object value = values.get(column.key());
					xml.raw("<w:tc>");
					DocxText.add(xml, value == null ? "" : value.toString(), DocxText.Style.CELL, switch (column.align()) {
						case LEFT -> WordXml.Align.LEFT;
						case CENTER -> WordXml.Align.CENTER;
						case RIGHT -> WordXml.Align.RIGHT;
					});
					xml.raw("</w:tc>");
				}
			}
			xml.raw("</w:tr>");
		}
		xml.raw("</w:tbl>").emptyParagraph();
	}

	/** A section line: its code in the first cell, its name across the others, bold on grey. */
	private static void section(WordXml xml, ReportTable model, Map<String, ?> values) {
		Object code = values.get(model.columns().get(0).key());
		xml.raw("<w:tc><w:tcPr>");
		shade(xml, "F4F4F4");
		xml.raw("</w:tcPr>");
		DocxText.add(xml, code == null ? "" : code.toString(), DocxText.Style.CELL_BOLD);
		xml.raw("</w:tc><w:tc><w:tcPr><w:gridSpan w:val=\"").raw(model.columns().size() - 1L).raw("\"/>");
		shade(xml, "F4F4F4");
		xml.raw("</w:tcPr>");
		DocxText.add(xml, String.valueOf(values.get("name")), DocxText.Style.CELL_BOLD, WordXml.Align.LEFT);
		xml.raw("</w:tc>");
	}

	/**
	 * A table without borders or padding that only places things side by side (the header, the signature): one
	 * row, a cell per width, each cell's paragraphs written by its writer.
	 */
	@SafeVarargs
	static void layout(WordXml xml, int[] widths, Consumer<WordXml>... cells) {
		start(xml, widths, false, 0);
		xml.raw("<w:tr>");
		for (int c = 0; c < widths.length; c++) {
			xml.raw("<w:tc><w:tcPr>");
			width(xml, widths[c]);
			xml.raw("</w:tcPr>");
			cells[c].accept(xml);
			xml.raw("</w:tc>");
		}
		xml.raw("</w:tr></w:tbl>");
	}

	/** The table's properties (its width the columns' sum, in twips) and its grid. */
	private static void start(WordXml xml, int[] widths, boolean borders, int sideMargin) {
		long total = 0;
		for (int width : widths) {
			total += width;
		}
		xml.raw("<w:tbl><w:tblPr><w:tblW w:w=\"").raw(total).raw("\" w:type=\"dxa\"/>");
		if (borders) {
			xml.raw(BORDERS);
		}
		xml.raw("<w:tblCellMar><w:left w:w=\"").raw(sideMargin).raw("\" w:type=\"dxa\"/><w:right w:w=\"")
			.raw(sideMargin).raw("\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>");
		for (int width : widths) {
			xml.raw("<w:gridCol w:w=\"").raw(width).raw("\"/>");
		}
		xml.raw("</w:tblGrid>");
	}

	private static void width(WordXml xml, int twips) {
		xml.raw("<w:tcW w:w=\"").raw(twips).raw("\" w:type=\"dxa\"/>");
	}

	private static void shade(WordXml xml, String fill) {
		xml.raw("<w:shd w:color=\"auto\" w:val=\"clear\" w:fill=\"").raw(fill).raw("\"/>");
	}
}
