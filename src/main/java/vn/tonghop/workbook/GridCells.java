package vn.tonghop.workbook;

import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * A worksheet's saved cells into a grid's rows: the rule both .xlsx readers share, so they cannot drift apart. One
 * per worksheet.
 */
final class GridCells {

	private final NavigableMap<Integer, NavigableMap<Integer, Grid.Cell>> rows = new TreeMap<>();

	private final List<String> shared;

	private final IntFunction<String> fontOf;

	/** The row the last cell went into: a worksheet is saved row by row, so most cells find their row here. */
	private int lastRow = -1;

	private NavigableMap<Integer, Grid.Cell> lastCells;

	/**
	 * @param shared the workbook's shared strings
	 * @param fontOf the font name of a cell style ({@code s})
	 */
	GridCells(List<String> shared, IntFunction<String> fontOf) {
		this.shared = shared;
		this.fontOf = fontOf;
	}

	/**
	 * @param ref the cell's A1 reference as saved ({@code r}), e.g. "F17"; anything else fails the file as damaged
	 * @param type the cell's {@code t} attribute (null for a number)
	 * @param hasValue false for a formula saved without its result, which becomes an UNCALCULATED cell
	 * @param value the text of its {@code <v>} or of its inline string's {@code <t>} runs
	 */
	void put(String ref, String type, int style, boolean hasValue, String value) {
		int letters = 0;
		int column = 0;
		for (char c; letters < ref.length() && ((c = Character.toUpperCase(ref.charAt(letters))) >= 'A' && c <= 'Z');
				letters++) {
			column = column * 26 + c - 'A' + 1;
		}
		int row = integer(ref, letters, ref.length()) - 1;
		column--;
		if (letters == 0 || letters > 3 || row < 0 || column < 0) {
			throw new IllegalArgumentException("Not a cell reference: " + ref);
		}
		Grid.Cell cell = hasValue ? cell(row, column, type, fontOf.apply(style), value, ref)
				: new Grid.Cell(row, column, Grid.Kind.UNCALCULATED, null, 0, false, "");
		if (cell == null) {
			return;
		}
		if (row != lastRow) {
			lastCells = rows.computeIfAbsent(row, k -> new TreeMap<>());
			lastRow = row;
		}
		lastCells.put(column, cell);
	}

	/** The cell a saved value gives by its type; null for a number cell that holds nothing. */
	private Grid.Cell cell(int row, int column, String type, String font, String value, String ref) {
		// Compared rather than switched on: a switch would hash each cell's new type string.
		if (type == null || type.equals("n")) {
			return number(row, column, font, value);
		}
		if (type.equals("s")) {
			return new Grid.Cell(row, column, Grid.Kind.TEXT, sharedString(value, ref), 0, false, font);
		}
		if (type.equals("str") || type.equals("inlineStr")) {
			return new Grid.Cell(row, column, Grid.Kind.TEXT, value, 0, false, font);
		}
		if (type.equals("b")) {
			return new Grid.Cell(row, column, Grid.Kind.BOOLEAN, null, 0, "1".equals(value.trim()), font);
		}
		if (type.equals("e")) {
			return new Grid.Cell(row, column, Grid.Kind.ERROR, value, 0, false, font);
		}
		return number(row, column, font, value);
	}

	private static Grid.Cell number(int row, int column, String font, String value) {
		return value.isBlank() ? null
				: new Grid.Cell(row, column, Grid.Kind.NUMBER, null, Double.parseDouble(value), false, font);
	}

	private String sharedString(String index, String ref) {
		String digits = index.trim();
		int i = integer(digits, 0, digits.length());
		if (i < 0 || i >= shared.size()) {
			throw new IllegalStateException("Cell " + ref + " refers to shared string " + i + " of " + shared.size());
		}
		return shared.get(i);
	}

	/**
	 * {@code Integer.parseInt(text, from, to, 10)}: the same number, or the same exception. A cell's row, style and
	 * shared string index are a few plain digits, read here without the general parser's per-character lookups
	 * (three a cell, 5 % of reading); anything else goes to it.
	 */
	static int integer(String text, int from, int to) {
		if (to - from >= 1 && to - from <= 9) {
			int value = 0;
			int i = from;
			for (; i < to; i++) {
				int digit = text.charAt(i) - '0';
				if (digit < 0 || digit > 9) {
					break;
				}
				value = value * 10 + digit;
			}
			if (i == to) {
				return value;
			}
		}
		return Integer.parseInt(text, from, to, 10);
	}

	NavigableMap<Integer, NavigableMap<Integer, Grid.Cell>> rows() {
		return rows;
	}
}
