package vn.tonghop.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.tonghop.finding.FileFailures;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingFormatter;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.system.FaultPoints;
import vn.tonghop.system.Messages;

/**
 * The annex of a report: the files of the unit's subtree with findings, each error on a line of its own and each
 * kind of warning once with how often it occurs. A file whose lines cannot be made carries a line saying so
 * instead (contained like every per-file step).
 */
final class AnnexTable {

	private final FindingFormatter formatter;

	private final Messages messages;

	private final FaultPoints faults;

	AnnexTable(FindingFormatter formatter, Messages messages, FaultPoints faults) {
		this.formatter = formatter;
		this.messages = messages;
		this.faults = faults;
	}

	ReportTable table(List<Map<String, ?>> rows) {
		return new ReportTable("annex-table", List.of(
				new ReportTable.Column("file", messages.get("report.annex.file"), 150, ReportTable.Align.LEFT),
				new ReportTable.Column("unit", messages.get("report.annex.unit"), 72, ReportTable.Align.LEFT),
				new ReportTable.Column("code", messages.get("report.annex.code"), 30, ReportTable.Align.CENTER),
				new ReportTable.Column("message", messages.get("report.annex.message"), 215, ReportTable.Align.LEFT)),
				rows);
	}

	/** How many files of the unit's subtree were returned (an error, so not counted). */
	long returnedFiles(OrgTree tree, OrgUnit unit, List<AnnexFile> files) {
		return files.stream()
			.filter(file -> belongs(tree, unit, file))
			.filter(file -> file.findings().stream().anyMatch(Finding::isError))
			.count();
	}

	/** The file's unit is in the subtree; a file no unit could be found for belongs to the root's report. */
	private static boolean belongs(OrgTree tree, OrgUnit unit, AnnexFile file) {
		boolean root = unit.parentCode() == null || tree.unit(unit.parentCode()).isEmpty();
		// Each file's ancestors, not a set of the subtree: the province's subtree is every unit of the registry.
		boolean inTree = file.unitCode() != null && tree.isWithin(file.unitCode(), unit.code());
		boolean unplaced = file.unitCode() == null || tree.unit(file.unitCode()).isEmpty();
		return inTree || (root && unplaced);
	}

	List<Map<String, ?>> rows(OrgTree tree, OrgUnit unit, List<AnnexFile> files) {
		List<Map<String, ?>> rows = new ArrayList<>();
		for (AnnexFile file : files) {
			if (!belongs(tree, unit, file)) {
				continue;
			}
			String unitCode = file.unitCode() == null ? "" : file.unitCode();
			int before = rows.size();
			try {
				faults.failIfChosen("annex", file.path());
				addAnnexRows(file, unitCode, rows);
			}
			catch (Throwable failure) {
				rows.subList(before, rows.size()).clear();
				Finding failed = FileFailures.contain(FileFailures.Step.ANNEX, file.path(), failure);
				rows.add(ReportRow.of("file", file.path(), "unit", unitCode, "code", failed.code(), "message",
						formatter.message(failed)));
			}
		}
		return rows;
	}

	private void addAnnexRows(AnnexFile file, String unitCode, List<Map<String, ?>> rows) {
		file.findings().stream().filter(Finding::isError).forEach(e -> rows.add(ReportRow.of("file", file.path(),
				"unit", unitCode, "code", e.code(), "message", sentence(e, ""))));
		Map<String, List<Finding>> warnings = new LinkedHashMap<>();
		file.findings().stream().filter(w -> !w.isError())
			.forEach(w -> warnings.computeIfAbsent(w.code(), k -> new ArrayList<>()).add(w));
		warnings.forEach((code, list) -> rows.add(ReportRow.of("file", file.path(), "unit", unitCode, "code", code,
				"message", sentence(list.get(0), list.size() > 1
						? " " + messages.get("report.annex.more", String.valueOf(list.size()), cellsOf(list)) : ""))));
	}

	/** Where in the file (the file itself is in its own column), then what is wrong, as a sentence. */
	private String sentence(Finding f, String more) {
		String text = formatter.inFile(f) + more;
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static String cellsOf(List<Finding> findings) {
		return findings.stream()
			.limit(8)
			.map(f -> (f.indicator() == null ? "" : f.indicator() + " ") + (f.year() == null ? "" : f.year()))
			.collect(Collectors.joining(", ")) + (findings.size() > 8 ? ", …" : "");
	}
}
