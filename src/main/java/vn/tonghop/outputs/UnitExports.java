package vn.tonghop.outputs;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

import vn.tonghop.consolidation.Total;
import vn.tonghop.form.Form;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.report.MidtermDocument;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A unit's consolidated figures beside its PDF: {@code .xlsx} (ExcelExport) and {@code .csv}, the rows of totals.csv
 * for the unit's subtree.
 */
@Component
class UnitExports {

	private final vn.tonghop.system.Messages messages;

	/** A workbook writer per form (id and version). */
	private final java.util.Map<String, ExcelExport> excel = new java.util.concurrent.ConcurrentHashMap<>();

	UnitExports(vn.tonghop.system.Messages messages) {
		this.messages = messages;
	}

	/**
	 * @param rowsOf the rows of any unit of the run (stored, or from a CĐCS's submission)
	 * @param document the unit's report, whose children and targets tables the workbook repeats
	 */
	void write(Form form, OrgTree tree, OrgUnit unit, Path folder,
			java.util.function.Function<String, List<Total>> rowsOf, MidtermDocument document) throws IOException {
		writeCsv(tree, unit, folder.resolve(unit.code() + ".csv"), rowsOf);
		excel.computeIfAbsent(form.id() + "\u0000" + form.version(), key -> new ExcelExport(form, messages))
			.write(rowsOf.apply(unit.code()), unit, document, folder.resolve(unit.code() + ".xlsx"));
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

}
