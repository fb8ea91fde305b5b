package vn.tonghop.report;

import org.jfree.chart.JFreeChart;

/**
 * One piece of a report's body. Text blocks hold their words; a table block its table; a chart block its chart.
 *
 * @param kind how it is laid out: HEADING "I. KẾT QUẢ…" (bold capitals), SUBHEADING "1. …" (bold), PARAGRAPH (justified,
 * first line indented), NOTE (italic, smaller: footnotes of tables), CAPTION (a table's or chart's title, bold
 * italic, centred)
 */
public record Block(Kind kind, String text, ReportTable table, JFreeChart chart) {

	public enum Kind {
		HEADING, SUBHEADING, PARAGRAPH, NOTE, CAPTION, TABLE, CHART
	}

	static Block heading(String text) {
		return new Block(Kind.HEADING, text, null, null);
	}

	static Block subheading(String text) {
		return new Block(Kind.SUBHEADING, text, null, null);
	}

	static Block paragraph(String text) {
		return new Block(Kind.PARAGRAPH, text, null, null);
	}

	static Block note(String text) {
		return new Block(Kind.NOTE, text, null, null);
	}

	static Block caption(String text) {
		return new Block(Kind.CAPTION, text, null, null);
	}

	static Block table(ReportTable table) {
		return new Block(Kind.TABLE, null, table, null);
	}

	static Block chart(JFreeChart chart) {
		return new Block(Kind.CHART, null, null, chart);
	}
}
