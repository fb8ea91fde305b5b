package vn.tonghop.workbook;

import vn.tonghop.form.Form;
import vn.tonghop.form.Indicator;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.Severity;

import java.util.HashMap;
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

	private static final Pattern VERSION = Pattern.compile("\\d{4}-\\d{4}\\.\\d+");

	private final List<Form> collected;

	private Form form;

	private final Grid grid;

	private final String file;

	private final Set<String> unitCodeLabels;

	/** @param collected the forms being collected, the first one the one named when a file names none of them */
	FormLocator(List<Form> collected, Grid grid, String file, Set<String> unitCodeLabels) {
		this.collected = collected;
		this.form = collected.get(0);
		this.grid = grid;
		this.file = file;
		this.unitCodeLabels = unitCodeLabels;
	}

	/** The form the file was read as: the collected one its stamp names; null until {@link #read} found it. */
	Form form() {
		return matched ? form : null;
	}

	private boolean matched;

	Optional<FormSubmission> read(List<Finding> findings) {
		Map<String, String> stamp = stamp();
		String formId = stamp.get(TemplateLayout.KEY_FORM_ID);
		String version = stamp.get(TemplateLayout.KEY_FORM_VERSION);
		if (formId == null) {
			return fail(findings, "reader.unknownForm", names(Form::shortTitle));
		}
		Optional<Form> named = collected.stream()
			.filter(f -> f.id().equals(formId) && f.version().equals(version))
			.findFirst();
		if (named.isEmpty()) {
			List<Form> sameId = collected.stream().filter(f -> f.id().equals(formId)).toList();
			return sameId.isEmpty() ? fail(findings, "reader.otherForm", formId, names(Form::id))
					: fail(findings, "reader.otherVersion", String.valueOf(version),
							String.join(", ", sameId.stream().map(Form::version).toList()));
		}
		form = named.get();
		matched = true;
		Optional<FormTable> found = FormTable.find(form, grid);
		if (found.isEmpty()) {
			return fail(findings, "reader.noCodeColumn");
		}
		FormTable table = found.get();
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
		// Typed by the sender: no longer than a code can be, or storing what the file says would fail (a run's, an
		// upload's), not the file's check. A code cut so ends in "…" and names no unit.
		String unitCode = vn.tonghop.system.Text.cut(unitCode(table.sheet).orElse(stamp.get(TemplateLayout.KEY_UNIT_CODE)),
				vn.tonghop.orgunit.OrgUnit.MAX_CODE_CHARS);
		return Optional.of(readValues(table, formId, version, unitCode, findings));
	}

	private FormSubmission readValues(FormTable table, String formId, String version, String unitCode,
			List<Finding> findings) {
		CellInterpreter interpreter = new CellInterpreter(new CellInterpreter.Location(file, table.sheet.name()));
		Map<String, Map<Integer, ReadValue>> values = new LinkedHashMap<>();
		Map<String, Map<Integer, String>> cells = new LinkedHashMap<>();
		Map<Integer, String> columnLetters = new HashMap<>();
		table.yearColumns.values()
			.forEach(c -> columnLetters.put(c, org.apache.poi.ss.util.CellReference.convertNumToColString(c)));
		for (Indicator indicator : form.indicators()) {
			int row = table.rows.get(indicator.code());
			List<String> choices = form.choices(indicator);
			for (Map.Entry<Integer, Integer> year : table.yearColumns.entrySet()) {
				int column = year.getValue();
				// As CellReference formats a relative reference: "F17".
				String ref = columnLetters.get(column) + (row + 1);
				cells.computeIfAbsent(indicator.code(), k -> new TreeMap<>()).put(year.getKey(), ref);
				interpreter.read(table.sheet.cell(row, column), ref, indicator, year.getKey(), choices, findings)
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
			String key = FormTable.text(row.get(0));
			String value = FormTable.text(row.get(1));
			if (!key.isEmpty() && !value.isEmpty()) {
				stamp.put(key, value);
			}
		}));
		if (!stamp.containsKey(TemplateLayout.KEY_FORM_ID)) {
			visibleStamp().ifPresent(stamp::putAll);
		}
		return stamp;
	}

	private String names(java.util.function.Function<Form, String> name) {
		return String.join(", ", collected.stream().map(name).distinct().toList());
	}

	private Optional<Map<String, String>> visibleStamp() {
		for (Form form : collected) {
			Optional<Map<String, String>> found = visibleStamp(form);
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	private Optional<Map<String, String>> visibleStamp(Form form) {
		for (Grid.Sheet sheet : grid.sheets()) {
			for (int r = 0; r <= Math.min(sheet.lastRow(), 10); r++) {
				for (Grid.Cell cell : sheet.row(r).values()) {
					String text = FormTable.text(cell);
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
						String value = right.column() > cell.column() ? TextMatch.code(FormTable.text(right)) : "";
						if (!value.isEmpty()) {
							return Optional.of(value);
						}
					}
				}
			}
		}
		return Optional.empty();
	}

	private Optional<FormSubmission> fail(List<Finding> findings, String key, Object... args) {
		findings.add(Finding.at(Severity.ERROR, "E1", file, null, null, null, null, key, args));
		return Optional.empty();
	}

}
