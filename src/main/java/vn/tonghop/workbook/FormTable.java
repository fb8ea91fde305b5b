package vn.tonghop.workbook;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tonghop.form.Form;

/**
 * Where a form's table stands in a workbook: the sheet and column holding most indicator codes, the row of each
 * code (and codes written twice), and the column of each form year from the header row nearest above the codes.
 */
final class FormTable {

	static final int MAX_SCAN_ROWS = 2000;

	static final int MAX_SCAN_COLUMNS = 60;

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

	final Grid.Sheet sheet;

	final Map<String, Integer> rows = new HashMap<>();

	final Map<Integer, Integer> yearColumns = new TreeMap<>();

	final List<String> duplicates = new ArrayList<>();

	private FormTable(Grid.Sheet sheet) {
		this.sheet = sheet;
	}

	/**
	 * What the search needs of a form's codes, worked out once per form (keyed by the form itself, and let go with it).
	 *
	 * @param numeric whether some code looks like a number: digits, a sign and a point are all a number shows, so a
	 * number cell can only be a code if one does
	 * @param years the form's years, which the header row names
	 */
	private record Codes(Set<String> all, boolean numeric, int longest, Set<Integer> years) {

		static Codes of(Form form) {
			Set<String> all = form.indicatorCodes();
			return new Codes(all,
					all.stream()
						.anyMatch(c -> c.chars().allMatch(ch -> ch == '-' || ch == '.' || (ch >= '0' && ch <= '9'))),
					all.stream().mapToInt(String::length).max().orElse(0), Set.copyOf(form.years()));
		}
	}

	private static final Cache<Form, Codes> CODES = Caffeine.newBuilder().weakKeys().build();

	/** The sheet and column where most indicator codes stand, with the year headers above the first of them. */
	static Optional<FormTable> find(Form form, Grid grid) {
		Codes facts = CODES.get(form, Codes::of);
		Set<String> codes = facts.all();
		boolean numericCodes = facts.numeric();
		int longest = facts.longest();
		FormTable best = null;
		for (Grid.Sheet sheet : grid.sheets()) {
			if (sheet.name().equals(TemplateLayout.META_SHEET) || sheet.name().equals(TemplateLayout.LISTS_SHEET)) {
				continue;
			}
			Map<Integer, Integer> hitsByColumn = new HashMap<>();
			// Rows and cells are in order: the scan stops at its limits instead of asking each row for a sub-map view
			// (a view and its iterator a row were a quarter of the search's time).
			for (Map.Entry<Integer, NavigableMap<Integer, Grid.Cell>> row : sheet.rows().entrySet()) {
				if (row.getKey() > MAX_SCAN_ROWS) {
					break;
				}
				for (Grid.Cell cell : row.getValue().values()) {
					if (cell.column() >= MAX_SCAN_COLUMNS) {
						break;
					}
					boolean mayBeCode = cell.kind() == Grid.Kind.TEXT ? TextMatch.mayBeCode(cell.text(), longest)
							: numericCodes || cell.kind() != Grid.Kind.NUMBER;
					if (mayBeCode && codes.contains(code(cell))) {
						hitsByColumn.merge(cell.column(), 1, Integer::sum);
					}
				}
			}
			Optional<Map.Entry<Integer, Integer>> top = hitsByColumn.entrySet()
				.stream()
				.max(Map.Entry.comparingByValue());
			if (top.isPresent() && (best == null || top.get().getValue() > best.rows.size())) {
				best = table(facts, sheet, top.get().getKey());
			}
		}
		return Optional.ofNullable(best);
	}

	private static FormTable table(Codes facts, Grid.Sheet sheet, int codeColumn) {
		Set<String> codes = facts.all();
		FormTable table = new FormTable(sheet);
		int firstCodeRow = Integer.MAX_VALUE;
		for (Map.Entry<Integer, NavigableMap<Integer, Grid.Cell>> row : sheet.rows().entrySet()) {
			int r = row.getKey();
			if (r > MAX_SCAN_ROWS) {
				break;
			}
			String code = code(row.getValue().get(codeColumn));
			if (codes.contains(code)) {
				firstCodeRow = Math.min(firstCodeRow, r);
				if (table.rows.putIfAbsent(code, r) != null) {
					table.duplicates.add(code);
				}
			}
		}
		// The header row is the nearest row above the codes that names the most form years.
		Set<Integer> years = facts.years();
		for (int r = firstCodeRow - 1; r >= 0 && r >= firstCodeRow - 10; r--) {
			Map<Integer, Integer> found = new TreeMap<>();
			for (Grid.Cell cell : sheet.row(r).values()) {
				Matcher m = YEAR.matcher(text(cell));
				if (cell.column() != codeColumn && cell.column() < MAX_SCAN_COLUMNS && m.find()
						&& years.contains(Integer.parseInt(m.group(1)))) {
					found.putIfAbsent(Integer.parseInt(m.group(1)), cell.column());
				}
			}
			if (found.size() > table.yearColumns.size()) {
				table.yearColumns.clear();
				table.yearColumns.putAll(found);
			}
			if (found.size() == years.size()) {
				break;
			}
		}
		return table;
	}

	/** The cell's text as a code. A text is not normalised first: its code is the same either way. */
	private static String code(Grid.Cell cell) {
		return TextMatch.code(cell != null && cell.kind() == Grid.Kind.TEXT ? cell.text() : text(cell));
	}

	/** The text of a cell as shown: strings as typed, numbers without grouping (codes and years only). */
	static String text(Grid.Cell cell) {
		if (cell == null) {
			return "";
		}
		return switch (cell.kind()) {
			case TEXT -> TextMatch.nfc(cell.text());
			case NUMBER -> CellInterpreter.decimal(cell.number()).stripTrailingZeros().toPlainString();
			default -> "";
		};
	}
}
