package vn.tonghop.outputs;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.tonghop.consolidation.Total;
import vn.tonghop.form.DerivedIndicator;
import vn.tonghop.form.Form;
import vn.tonghop.form.Indicator;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.system.Messages;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's consolidated figures beside its PDF: {@code .xlsx} in the order of the form, one sheet per period, numbers
 * as numbers; and {@code .csv}, the rows of totals.csv for the unit's subtree.
 */
@Component
class UnitExports {

	private final Form form;

	private final Messages messages;

	UnitExports(Form form, Messages messages) {
		this.form = form;
		this.messages = messages;
	}

	/** @param rowsOf the rows of any unit of the run (stored, or from a CĐCS's submission) */
	void write(OrgTree tree, OrgUnit unit, Path folder, java.util.function.Function<String, List<Total>> rowsOf)
			throws IOException {
		writeCsv(tree, unit, folder.resolve(unit.code() + ".csv"), rowsOf);
		writeXlsx(rowsOf.apply(unit.code()), unit, folder.resolve(unit.code() + ".xlsx"));
	}

	private void writeCsv(OrgTree tree, OrgUnit unit, Path file,
			java.util.function.Function<String, List<Total>> rowsOf) throws IOException {
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
					.setHeader("unit_code", "indicator", "period", "value")
					.setRecordSeparator("\n")
					.get())) {
			for (OrgUnit u : tree.subtree(unit.code()).stream().sorted(java.util.Comparator.comparing(OrgUnit::code)).toList()) {
				for (Total t : rowsOf.apply(u.code())) {
					csv.printRecord(t.unitCode(), t.indicator(), t.period(), RunOutputs.plain(t.value()));
				}
			}
		}
	}

	private void writeXlsx(List<Total> unitTotals, OrgUnit unit, Path file) throws IOException {
		Map<String, Map<String, Total>> byPeriod = new LinkedHashMap<>();
		for (int year : form.years()) {
			byPeriod.put(String.valueOf(year), new LinkedHashMap<>());
		}
		byPeriod.put(form.firstYear() + "-" + form.lastYear(), new LinkedHashMap<>());
		unitTotals.forEach(t -> byPeriod.computeIfAbsent(t.period(), k -> new LinkedHashMap<>()).put(t.indicator(), t));
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			XSSFCellStyle bold = wb.createCellStyle();
			var font = wb.createFont();
			font.setBold(true);
			bold.setFont(font);
			for (Map.Entry<String, Map<String, Total>> period : byPeriod.entrySet()) {
				Sheet sheet = wb.createSheet(sheetName(period.getKey()));
				Row title = sheet.createRow(0);
				title.createCell(0).setCellValue(unit.name() + " (" + unit.code() + ")");
				title.getCell(0).setCellStyle(bold);
				Row header = sheet.createRow(2);
				String[] headers = { messages.get("template.column.code"), messages.get("template.column.name"),
						messages.get("template.column.unit"), messages.get("export.value") };
				for (int c = 0; c < headers.length; c++) {
					header.createCell(c).setCellValue(headers[c]);
					header.getCell(c).setCellStyle(bold);
				}
				int r = 3;
				for (String[] line : lines()) {
					Total t = period.getValue().get(line[0]);
					if (t == null) {
						continue;
					}
					Row row = sheet.createRow(r++);
					row.createCell(0).setCellValue(line[0]);
					row.createCell(1).setCellValue(line[1]);
					row.createCell(2).setCellValue(line[2]);
					row.createCell(3).setCellValue(t.value().doubleValue());
				}
				sheet.setColumnWidth(0, 16 * 256);
				sheet.setColumnWidth(1, 70 * 256);
				sheet.setColumnWidth(2, 16 * 256);
				sheet.setColumnWidth(3, 16 * 256);
			}
			wb.write(out);
		}
	}

	/** Every figure code in the order of the form, with its name and unit: indicators, choice counts, derived. */
	private List<String[]> lines() {
		List<String[]> lines = new ArrayList<>();
		for (Indicator i : form.indicators()) {
			switch (i.type()) {
				case CHOICE -> form.choices(i)
					.forEach(c -> lines.add(new String[] { i.code() + "." + c,
							messages.get("report.countChoice", i.name(), c), messages.get("report.unitUnits") }));
				case BOOL -> lines.add(new String[] { i.code(), messages.get("report.countYes", i.name()),
						messages.get("report.unitUnits") });
				default -> lines.add(new String[] { i.code(), i.name(), i.unit() });
			}
		}
		for (DerivedIndicator d : form.derived()) {
			lines.add(new String[] { d.code(), d.name(), d.unit() });
		}
		lines.add(new String[] { "SUBMITTED", messages.get("export.submitted"), messages.get("report.unitUnits") });
		lines.add(new String[] { "EXPECTED", messages.get("export.expected"), messages.get("report.unitUnits") });
		return lines;
	}

	private String sheetName(String period) {
		return period.contains("-") ? messages.get("report.column.period") : messages.get("template.column.year", period);
	}
}
