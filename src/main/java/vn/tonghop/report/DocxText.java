package vn.tonghop.report;

import java.util.List;

/**
 * The paragraphs of the DOCX in the styles of the PDF: Times New Roman, sizes and spacing of NĐ 30/2020, each
 * paragraph with its own properties as Word writes a document typed without a style sheet.
 */
final class DocxText {

	private static final String FONTS = "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\""
			+ " w:cs=\"Times New Roman\" w:eastAsia=\"Times New Roman\"/>";

	/** @param size points; indent: first-line indent in twentieths of a point (1 cm = 567) */
	enum Style {
		BODY(13, false, false, WordXml.Align.BOTH, 567),
		HEADING(13, true, false, WordXml.Align.LEFT, 0),
		SUBHEADING(13, true, false, WordXml.Align.BOTH, 567),
		NOTE(11, false, true, WordXml.Align.BOTH, 0),
		CAPTION(12, true, true, WordXml.Align.CENTER, 0),
		TITLE(14, true, false, WordXml.Align.CENTER, 0),
		HEADER(12, false, false, WordXml.Align.CENTER, 0),
		HEADER_BOLD(12, true, false, WordXml.Align.CENTER, 0),
		CENTRE(13, false, false, WordXml.Align.CENTER, 0),
		CENTRE_BOLD(13, true, false, WordXml.Align.CENTER, 0),
		CENTRE_ITALIC(13, false, true, WordXml.Align.CENTER, 0),
		RECIPIENTS_TITLE(12, true, true, WordXml.Align.LEFT, 0),
		RECIPIENT(11, false, false, WordXml.Align.LEFT, 0),
		CELL(10, false, false, WordXml.Align.LEFT, 0),
		CELL_BOLD(10, true, false, WordXml.Align.CENTER, 0);

		final int size;

		final boolean bold;

		final boolean italic;

		final WordXml.Align alignment;

		final int indent;

		Style(int size, boolean bold, boolean italic, WordXml.Align alignment, int indent) {
			this.size = size;
			this.bold = bold;
			this.italic = italic;
			this.alignment = alignment;
			this.indent = indent;
		}

		/** Body text: spaced a little before headings, after each paragraph and between lines. */
		private boolean body() {
			return this == BODY || this == SUBHEADING || this == HEADING;
		}
	}

	private DocxText() {
	}

	static void add(WordXml xml, String text, Style style) {
		lines(xml, List.of(text == null ? "" : text), style, style.alignment);
	}

	static void add(WordXml xml, String text, Style style, WordXml.Align alignment) {
		lines(xml, List.of(text == null ? "" : text), style, alignment);
	}

	/** Lines of one name in one paragraph, broken where the PDF breaks them. */
	static void lines(WordXml xml, List<String> lines, Style style) {
		lines(xml, lines, style, style.alignment);
	}

	private static void lines(WordXml xml, List<String> lines, Style style, WordXml.Align alignment) {
		xml.raw("<w:p><w:pPr><w:spacing w:before=\"").raw(style == Style.HEADING ? 120 : 0)
			.raw("\" w:after=\"").raw(style.body() ? 80 : 0)
			.raw("\" w:line=\"").raw(style.body() ? 264 : 240)
			.raw("\" w:lineRule=\"auto\"/>");
		if (style.indent > 0) {
			xml.raw("<w:ind w:firstLine=\"").raw(style.indent).raw("\"/>");
		}
		xml.raw("<w:jc w:val=\"").raw(alignment.value).raw("\"/></w:pPr><w:r><w:rPr>").raw(FONTS)
			.raw("<w:sz w:val=\"").raw(style.size * 2L)
			.raw(style.bold ? "\"/><w:b w:val=\"on\"/>" : "\"/><w:b w:val=\"off\"/>")
			.raw(style.italic ? "<w:i w:val=\"on\"/>" : "<w:i w:val=\"off\"/>")
			.raw("</w:rPr>");
		for (int i = 0; i < lines.size(); i++) {
			if (i > 0) {
				xml.raw("<w:br/>");
			}
			xml.t(lines.get(i));
		}
		xml.raw("</w:r></w:p>");
	}

	/**
	 * A short centred rule under the line before: the bottom border of an empty paragraph indented from both sides,
	 * {@code length} twips long within {@code width} (Word's way to draw one, and it stays put when text is edited).
	 */
	static void rule(WordXml xml, int width, int length) {
		int side = (width - length) / 2;
		xml.raw("<w:p><w:pPr><w:pBdr><w:bottom w:val=\"single\"/></w:pBdr><w:spacing w:after=\"120\"/><w:ind w:left=\"")
			.raw(side)
			.raw("\" w:right=\"")
			.raw(side)
			.raw("\"/></w:pPr><w:r><w:rPr><w:sz w:val=\"4\"/></w:rPr></w:r></w:p>");
	}

	/** An empty paragraph that starts a new page. */
	static void pageBreak(WordXml xml) {
		xml.raw("<w:p><w:pPr><w:pageBreakBefore w:val=\"on\"/></w:pPr></w:p>");
	}
}
