package vn.tonghop.workbook;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * A workbook as the reader needs it: sheets of cells with the values Excel saved, whatever the file format. Built
 * with POI's event (SAX) API for .xlsx and .xlsm, which is several times cheaper than the usermodel, and from the
 * usermodel for legacy .xls.
 */
record Grid(List<Sheet> sheets) {

	enum Kind {
		NUMBER, TEXT, BOOLEAN, ERROR,
		/** A formula saved without its result (written by a program, never opened in Excel): value unknown. */
		UNCALCULATED
	}

	/**
	 * A non-blank cell: for a formula, its cached result. {@code font} is the cell's font name (legacy Vietnamese
	 * encodings are recognised by it).
	 */
	record Cell(int row, int column, Kind kind, String text, double number, boolean bool, String font) {
	}

	/** @param rows row index → column index → cell */
	record Sheet(String name, NavigableMap<Integer, NavigableMap<Integer, Cell>> rows) {

		Optional<Cell> cell(int row, int column) {
			return Optional.ofNullable(rows.getOrDefault(row, java.util.Collections.emptyNavigableMap()).get(column));
		}

		Map<Integer, Cell> row(int row) {
			return rows.getOrDefault(row, java.util.Collections.emptyNavigableMap());
		}

		int lastRow() {
			return rows.isEmpty() ? -1 : rows.lastKey();
		}
	}

	Optional<Sheet> sheet(String name) {
		return sheets.stream().filter(s -> s.name().equals(name)).findFirst();
	}
}
