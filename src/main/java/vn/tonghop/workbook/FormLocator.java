package vn.tonghop.workbook;

import vn.tonghop.form.Form;
import vn.tonghop.form.Indicator;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the form inside a workbook without trusting fixed addresses: the stamp (form id and version), the sheet and
 * column holding the indicator codes, the row of year headers above them, and the unit code beside its label. An
 * inserted row, a hidden row or a moved table still reads.
 */
final class FormLocator {

	private static final int MAX_SCAN_ROWS = 2000;

	private static final int MAX_SCAN_COLUMNS = 60;

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

	private static final Pattern VERSION = Pattern.compile("\\d{4}-\\d{4}\\.\\d+");

	private final Form form;

	private final Grid grid;

	private final String file;

	private final Set<String> unitCodeLabels;

	FormLocator(Form form, Grid grid, String file, Set<String> unitCodeLabels) {
		this.form = form;
		this.grid = grid;
		this.file = file;
		this.unitCodeLabels = unitCodeLabels;
	}

	Optional<FormSubmission> read(List<Finding> findings) {
		Map<String, String> stamp = stamp();
		String formId = stamp.get(TemplateLayout.KEY_FORM_ID);
		String version = stamp.get(TemplateLayout.KEY_FORM_VERSION);
		if (formId == null) {
			return fail(findings, "reader.unknownForm", form.shortTitle());
		}
		if (!form.id().equals(formId)) {
			return fail(findings, "reader.otherForm", formId, form.id());
		}
		if (!form.version().equals(version)) {
			return fail(findings, "reader.otherVersion", String.valueOf(version), form.version());
		}
		Optional<Table> found = findTable();
		if (found.isEmpty()) {
			return fail(findings, "reader.noCodeColumn");
		}
		Table table = found.get();
		String sheetName = table.sheet.name();
		List<String> missingYears = form.years()
			.stream()
			.filter(y -> !table.yearColumns.containsKey(y))
			.map(String::valueOf)
			.toList();
		if (!missingYears.isEmpty()) {
			return fail(findings, "reader.missingYear", String.join(", ", missingYears), sheetName);
		}
		List<String> missingCodes = form.indicators()
			.stream()
			.map(Indicator::code)
			.filter(c -> !table.rows.containsKey(c))
			.toList();
		if (!missingCodes.isEmpty()) {
			return fail(findings, "reader.missingCodes", String.join(", ", missingCodes), sheetName);
		}
		if (!table.duplicates.isEmpty()) {
			return fail(findings, "reader.duplicateCodes", String.join(", ", table.duplicates), sheetName);
		}
		String unitCode = unitCode(table.sheet).orElse(stamp.get(TemplateLayout.KEY_UNIT_CODE));
		return Optional.of(readValues(table, formId, version, unitCode, findings));
	}

	private FormSubmission readValues(Table table, String formId, String version, String unitCode,
			List<Finding> findings) {
		CellInterpreter interpreter = new CellInterpreter(new CellInterpreter.Location(file, table.sheet.name()));
		Map<String, Map<Integer, ReadValue>> values = new LinkedHashMap<>();
		Map<String, Map<Integer, String>> cells = new LinkedHashMap<>();
		for (Indicator indicator : form.indicators()) {
			int row = table.rows.get(indicator.code());
			List<String> choices = form.choices(indicator);
			for (Map.Entry<Integer, Integer> year : table.yearColumns.entrySet()) {
				int column = year.getValue();
				String ref = new org.apache.poi.ss.util.CellReference(row, column).formatAsString();
				cells.computeIfAbsent(indicator.code(), k -> new TreeMap<>()).put(year.getKey(), ref);
				interpreter.read(table.sheet.cell(row, column), indicator, year.getKey(), choices, findings)
					.ifPresent(v -> values.computeIfAbsent(indicator.code(), k -> new TreeMap<>())
						.put(year.getKey(), new ReadValue(v, ref)));
			}
		}
		return new FormSubmission(formId, version, unitCode, table.sheet.name(), values, cells);
	}

	/** The stamp from the hidden sheet, or failing that from the visible "Mã biểu … phiên bản …" line. */
	private Map<String, String> stamp() {
		Map<String, String> stamp = new HashMap<>();
		grid.sheet(TemplateLayout.META_SHEET).ifPresent(meta -> meta.rows().values().forEach(row -> {
			String key = text(row.get(0));
			String value = text(row.get(1));
			if (!key.isEmpty() && !value.isEmpty()) {
				stamp.put(key, value);
			}
		}));
		if (!stamp.containsKey(TemplateLayout.KEY_FORM_ID)) {
			visibleStamp().ifPresent(stamp::putAll);
		}
		return stamp;
	}

	private Optional<Map<String, String>> visibleStamp() {
		for (Grid.Sheet sheet : grid.sheets()) {
			for (int r = 0; r <= Math.min(sheet.lastRow(), 10); r++) {
				for (Grid.Cell cell : sheet.row(r).values()) {
					String text = text(cell);
					if (text.contains(form.id())) {
						Matcher m = VERSION.matcher(text);
						Map<String, String> stamp = new HashMap<>();
						stamp.put(TemplateLayout.KEY_FORM_ID, form.id());
						stamp.put(TemplateLayout.KEY_FORM_VERSION, m.find() ? m.group() : null);
						return Optional.of(stamp);
					}
				}
			}
		}
		return Optional.empty();
	}

	/** The unit code: the first non-blank cell right of the "Mã đơn vị" label. */
	private Optional<String> unitCode(Grid.Sheet sheet) {
		for (int r = 0; r <= Math.min(sheet.lastRow(), 40); r++) {
			for (Grid.Cell cell : sheet.row(r).values()) {
				if (cell.kind() == Grid.Kind.TEXT && unitCodeLabels.contains(TextMatch.fold(cell.text()))) {
					for (Grid.Cell right : sheet.row(r).values()) {
						String value = right.column() > cell.column() ? TextMatch.code(text(right)) : "";
						if (!value.isEmpty()) {
							return Optional.of(value);
						}
					}
				}
			}
		}
		return Optional.empty();
	}

	/** The sheet and column where most indicator codes stand, with the year headers above the first of them. */
	private Optional<Table> findTable() {
		Set<String> codes = new HashSet<>();
		form.indicators().forEach(i -> codes.add(i.code()));
		Table best = null;
		for (Grid.Sheet sheet : grid.sheets()) {
			if (sheet.name().equals(TemplateLayout.META_SHEET) || sheet.name().equals(TemplateLayout.LISTS_SHEET)) {
				continue;
			}
			Map<Integer, Integer> hitsByColumn = new HashMap<>();
			for (Map.Entry<Integer, java.util.NavigableMap<Integer, Grid.Cell>> row : sheet.rows()
				.headMap(MAX_SCAN_ROWS, true)
				.entrySet()) {
				for (Grid.Cell cell : row.getValue().headMap(MAX_SCAN_COLUMNS).values()) {
					if (codes.contains(TextMatch.code(text(cell)))) {
						hitsByColumn.merge(cell.column(), 1, Integer::sum);
					}
				}
			}
			Optional<Map.Entry<Integer, Integer>> top = hitsByColumn.entrySet()
				.stream()
				.max(Map.Entry.comparingByValue());
			if (top.isPresent() && (best == null || top.get().getValue() > best.rows.size())) {
				best = table(sheet, top.get().getKey(), codes);
			}
		}
		return Optional.ofNullable(best);
	}

	private Table table(Grid.Sheet sheet, int codeColumn, Set<String> codes) {
		Table table = new Table(sheet);
		int firstCodeRow = Integer.MAX_VALUE;
		for (int r : sheet.rows().headMap(MAX_SCAN_ROWS, true).keySet()) {
			String code = TextMatch.code(text(sheet.cell(r, codeColumn).orElse(null)));
			if (codes.contains(code)) {
				firstCodeRow = Math.min(firstCodeRow, r);
				if (table.rows.putIfAbsent(code, r) != null) {
					table.duplicates.add(code);
				}
			}
		}
		// The header row is the nearest row above the codes that names the most form years.
		Set<Integer> years = Set.copyOf(form.years());
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

	private Optional<FormSubmission> fail(List<Finding> findings, String key, Object... args) {
		findings.add(Finding.at(Severity.ERROR, "E1", file, null, null, null, null, key, args));
		return Optional.empty();
	}

	/** The text of a cell as shown: strings as typed, numbers without grouping (codes and years only). */
	private static String text(Grid.Cell cell) {
		if (cell == null) {
			return "";
		}
		return switch (cell.kind()) {
			case TEXT -> TextMatch.nfc(cell.text());
			case NUMBER -> java.math.BigDecimal.valueOf(cell.number()).stripTrailingZeros().toPlainString();
			default -> "";
		};
	}

	private static final class Table {

		final Grid.Sheet sheet;

		final Map<String, Integer> rows = new HashMap<>();

		final Map<Integer, Integer> yearColumns = new TreeMap<>();

		final List<String> duplicates = new ArrayList<>();

		Table(Grid.Sheet sheet) {
			this.sheet = sheet;
		}
	}
}
