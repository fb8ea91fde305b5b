package vn.tonghop.workbook;

import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.IntFunction;

/** One saved worksheet cell into a grid's rows: the rule both .xlsx readers share, so they cannot drift apart. */
final class GridCells {

	private GridCells() {
	}

	/**
	 * @param ref the cell's A1 reference as saved ({@code r}), e.g. "F17"; anything else fails the file as damaged
	 * @param type the cell's {@code t} attribute (null for a number)
	 * @param hasValue false for a formula saved without its result, which becomes an UNCALCULATED cell
	 * @param value the text of its {@code <v>} or of its inline string's {@code <t>} runs
	 */
	static void put(NavigableMap<Integer, NavigableMap<Integer, Grid.Cell>> rows, String ref, String type, int style,
			boolean hasValue, String value, List<String> shared, IntFunction<String> fontOf) {
		int letters = 0;
		int column = 0;
		for (char c; letters < ref.length() && ((c = Character.toUpperCase(ref.charAt(letters))) >= 'A' && c <= 'Z');
				letters++) {
			column = column * 26 + c - 'A' + 1;
		}
		int row = Integer.parseInt(ref, letters, ref.length(), 10) - 1;
		column--;
		if (letters == 0 || letters > 3 || row < 0 || column < 0) {
			throw new IllegalArgumentException("Not a cell reference: " + ref);
		}
		Grid.Cell cell;
		if (!hasValue) {
			cell = new Grid.Cell(row, column, Grid.Kind.UNCALCULATED, null, 0, false, "");
		}
		else {
			String font = fontOf.apply(style);
			cell = switch (type == null ? "n" : type) {
				case "s" -> new Grid.Cell(row, column, Grid.Kind.TEXT, sharedString(shared, value, ref), 0, false, font);
				case "str", "inlineStr" -> new Grid.Cell(row, column, Grid.Kind.TEXT, value, 0, false, font);
				case "b" -> new Grid.Cell(row, column, Grid.Kind.BOOLEAN, null, 0, "1".equals(value.trim()), font);
				case "e" -> new Grid.Cell(row, column, Grid.Kind.ERROR, value, 0, false, font);
				default -> value.isBlank() ? null
						: new Grid.Cell(row, column, Grid.Kind.NUMBER, null, Double.parseDouble(value), false, font);
			};
		}
		if (cell != null) {
			rows.computeIfAbsent(row, k -> new TreeMap<>()).put(column, cell);
		}
	}

	private static String sharedString(List<String> strings, String index, String ref) {
		int i = Integer.parseInt(index.trim());
		if (i < 0 || i >= strings.size()) {
			throw new IllegalStateException("Cell " + ref + " refers to shared string " + i + " of " + strings.size());
		}
		return strings.get(i);
	}
}
