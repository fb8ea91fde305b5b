package vn.tonghop.report;

import java.util.List;
import java.util.Map;

/**
 * A table of a report: its columns and its rows of formatted text. A row with {@code section = true} is a section
 * line (its {@code name} spans the row, bold). The PDF lays it out with the JRXML named {@code layout}; the DOCX
 * from the columns.
 *
 * @param layout the JRXML of reports/ that lays the table out (its fields are the columns' keys)
 */
public record ReportTable(String layout, List<Column> columns, List<Map<String, ?>> rows) {

	/**
	 * @param width the share of the text width, in points of the PDF's 467-point column
	 * @param align figures right, names left, codes centred
	 */
	public record Column(String key, String header, int width, Align align) {
	}

	public enum Align {
		LEFT, CENTER, RIGHT
	}

	public List<String> headers() {
		return columns.stream().map(Column::header).toList();
	}
}
