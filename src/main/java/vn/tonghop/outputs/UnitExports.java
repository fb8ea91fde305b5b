package vn.tonghop.outputs;

import org.springframework.stereotype.Component;

import vn.tonghop.consolidation.Total;
import vn.tonghop.form.Form;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.report.MidtermDocument;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A unit's consolidated figures beside its PDF, as a workbook (ExcelExport). */
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
	void write(Form form, OrgUnit unit, Path folder, java.util.function.Function<String, List<Total>> rowsOf,
			MidtermDocument document) throws IOException {
		excel.computeIfAbsent(form.id() + "\u0000" + form.version(), key -> new ExcelExport(form, messages))
			.write(rowsOf.apply(unit.code()), unit, document, folder.resolve(unit.code() + ".xlsx"));
	}
}
