package vn.tonghop.report;

import java.util.List;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** The paragraph styles of the DOCX, the same as the PDF's: Times New Roman, sizes and spacing of NĐ 30/2020. */
final class DocxText {

	private static final String FONT = "Times New Roman";

	/** @param size points; indent: first-line indent in twentieths of a point (1 cm = 567) */
	enum Style {
		BODY(13, false, false, ParagraphAlignment.BOTH, 567),
		HEADING(13, true, false, ParagraphAlignment.LEFT, 0),
		SUBHEADING(13, true, false, ParagraphAlignment.BOTH, 567),
		NOTE(11, false, true, ParagraphAlignment.BOTH, 0),
		CAPTION(12, true, true, ParagraphAlignment.CENTER, 0),
		TITLE(14, true, false, ParagraphAlignment.CENTER, 0),
		HEADER(12, false, false, ParagraphAlignment.CENTER, 0),
		HEADER_BOLD(12, true, false, ParagraphAlignment.CENTER, 0),
		CENTRE(13, false, false, ParagraphAlignment.CENTER, 0),
		CENTRE_BOLD(13, true, false, ParagraphAlignment.CENTER, 0),
		CENTRE_ITALIC(13, false, true, ParagraphAlignment.CENTER, 0),
		RECIPIENTS_TITLE(12, true, true, ParagraphAlignment.LEFT, 0),
		RECIPIENT(11, false, false, ParagraphAlignment.LEFT, 0),
		CELL(10, false, false, ParagraphAlignment.LEFT, 0),
		CELL_BOLD(10, true, false, ParagraphAlignment.CENTER, 0);

		final int size;

		final boolean bold;

		final boolean italic;

		final ParagraphAlignment alignment;

		final int indent;

		Style(int size, boolean bold, boolean italic, ParagraphAlignment alignment, int indent) {
			this.size = size;
			this.bold = bold;
			this.italic = italic;
			this.alignment = alignment;
			this.indent = indent;
		}
	}

	private DocxText() {
	}

	static XWPFRun add(XWPFParagraph paragraph, String text, Style style) {
		paragraph.setAlignment(style.alignment);
		if (style.indent > 0) {
			paragraph.setFirstLineIndent(style.indent);
		}
		boolean body = style == Style.BODY || style == Style.SUBHEADING || style == Style.HEADING;
		paragraph.setSpacingBefore(style == Style.HEADING ? 120 : 0);
		paragraph.setSpacingAfter(body ? 80 : 0);
		paragraph.setSpacingBetween(body ? 1.1 : 1.0, LineSpacingRule.AUTO);
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(style.size);
		run.setBold(style.bold);
		run.setItalic(style.italic);
		run.setText(text == null ? "" : text);
		return run;
	}

	/** Lines of one name in one paragraph, broken where the PDF breaks them. */
	static void lines(XWPFParagraph paragraph, List<String> lines, Style style) {
		XWPFRun run = add(paragraph, lines.get(0), style);
		for (String line : lines.subList(1, lines.size())) {
			run.addBreak();
			run.setText(line);
		}
	}

	/**
	 * A short centred rule under the line before: the bottom border of an empty paragraph indented from both sides,
	 * {@code length} twips long within {@code width} (Word's way to draw one, and it stays put when text is edited).
	 */
	static void rule(XWPFParagraph paragraph, int width, int length) {
		paragraph.setIndentationLeft((width - length) / 2);
		paragraph.setIndentationRight((width - length) / 2);
		paragraph.setBorderBottom(Borders.SINGLE);
		paragraph.setSpacingAfter(120);
		XWPFRun run = paragraph.createRun();
		run.setFontSize(2);
	}
}
