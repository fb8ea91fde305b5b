package vn.tonghop.workbook;

import org.junit.jupiter.api.Test;

import vn.tonghop.form.Form;
import vn.tonghop.form.Indicator;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the search for the form's table looks, and where it stops looking. */
class FormTableTest {

	private static final Form FORM = WorkbookFixtures.FORM;

	private final NavigableMap<Integer, NavigableMap<Integer, Grid.Cell>> rows = new TreeMap<>();

	private void text(int row, int column, String text) {
		rows.computeIfAbsent(row, k -> new TreeMap<>())
			.put(column, new Grid.Cell(row, column, Grid.Kind.TEXT, text, 0, false, "Times New Roman"));
	}

	private void number(int row, int column, double number) {
		rows.computeIfAbsent(row, k -> new TreeMap<>())
			.put(column, new Grid.Cell(row, column, Grid.Kind.NUMBER, null, number, false, "Times New Roman"));
	}

	/**
	 * The table: codes in column C from row 11, the years above them in E, F, G. Each code also stands twice in
	 * column BI (the 61st, past the last column searched) and three times in column D below row 2001 (past the last
	 * row searched): counted, either would hold more codes than column C. One code is written again in row 2001, the
	 * last one searched, which makes it a duplicate.
	 */
	@Test
	void theCodesAreCountedWithinTheFirst2001RowsAnd60Columns() {
		List<String> codes = FORM.indicators().stream().map(Indicator::code).toList();
		List<Integer> years = FORM.years();
		assertThat(years).containsExactly(2018, 2019, 2020);
		for (int y = 0; y < years.size(); y++) {
			number(9, 4 + y, years.get(y));
		}
		for (int i = 0; i < codes.size(); i++) {
			text(10 + i, 2, codes.get(i));
			text(10 + 2 * i, 60, codes.get(i));
			text(11 + 2 * i, 60, codes.get(i));
			for (int k = 0; k < 3; k++) {
				text(2001 + 3 * i + k, 3, codes.get(i));
			}
		}
		text(2000, 2, codes.get(0));
		Grid grid = new Grid(List.of(new Grid.Sheet("Biểu", rows)));

		FormTable table = FormTable.find(FORM, grid).orElseThrow();

		assertThat(table.sheet.name()).isEqualTo("Biểu");
		assertThat(table.rows).hasSize(codes.size()).containsEntry(codes.get(0), 10).containsEntry(codes.get(5), 15);
		assertThat(table.yearColumns).isEqualTo(Map.of(2018, 4, 2019, 5, 2020, 6));
		assertThat(table.duplicates).containsExactly(codes.get(0));
	}
}
