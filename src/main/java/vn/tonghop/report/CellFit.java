package vn.tonghop.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps a table cell's words whole in the PDF: JasperReports breaks a word wider than its column inside a syllable
 * ("ngư ời", "TC01_HCS N"). A word too wide for its column is broken here instead, after a "/", "-" or "_" of its
 * own ("triệu đồng/" + "người/tháng"). The document keeps the plain text; this is the PDF's layout only.
 */
final class CellFit {

	/** The tables' cells: 10 pt, 2 pt padding each side. */
	private static final float SIZE = 10f;

	private static final int PADDING = 5;

	private final FontMeasure font;

	CellFit(Locale locale) {
		this.font = new FontMeasure(SIZE, false, locale);
	}

	List<Map<String, ?>> rows(ReportTable table) {
		List<Map<String, ?>> rows = new ArrayList<>();
		for (Map<String, ?> row : table.rows()) {
			Map<String, Object> fitted = new LinkedHashMap<>(row);
			for (ReportTable.Column column : table.columns()) {
				if (row.get(column.key()) instanceof String text) {
					fitted.put(column.key(), fit(text, column.width() - PADDING));
				}
			}
			rows.add(fitted);
		}
		return rows;
	}

	String fit(String text, double width) {
		StringBuilder out = new StringBuilder();
		for (String word : text.split(" ", -1)) {
			if (!out.isEmpty()) {
				out.append(' ');
			}
			out.append(font.width(word) <= width ? word : String.join("\n", pieces(word, width)));
		}
		return out.toString();
	}

	/** The word in lines that fit, each ending after a break character where one is; else as it is. */
	private List<String> pieces(String word, double width) {
		List<String> lines = new ArrayList<>();
		String line = "";
		int start = 0;
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (c == '/' || c == '-' || c == '_' || i == word.length() - 1) {
				String piece = word.substring(start, i + 1);
				if (!line.isEmpty() && font.width(line + piece) > width) {
					lines.add(line);
					line = "";
				}
				line += piece;
				start = i + 1;
			}
		}
		lines.add(line);
		return lines;
	}
}
