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

	List<Map<String, ?>> rows(OrgTree tree, OrgUnit unit, List<AnnexFile> files) {
		boolean root = unit.parentCode() == null || tree.unit(unit.parentCode()).isEmpty();
		List<Map<String, ?>> rows = new ArrayList<>();
		for (AnnexFile file : files) {
			// Each file's ancestors, not a set of the subtree: the province's subtree is every unit of the registry.
			boolean inTree = file.unitCode() != null && tree.isWithin(file.unitCode(), unit.code());
			boolean unplaced = file.unitCode() == null || tree.unit(file.unitCode()).isEmpty();
			if (!inTree && !(root && unplaced)) {
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
					"unit", unitCode, "code", e.code(), "message", formatter.location(e).replace(
							messages.get("finding.file", e.file()) + ", ", "") + formatter.message(e))));
			Map<String, List<Finding>> warnings = new LinkedHashMap<>();
			file.findings().stream().filter(w -> !w.isError())
				.forEach(w -> warnings.computeIfAbsent(w.code(), k -> new ArrayList<>()).add(w));
			warnings.forEach((code, list) -> {
				Finding first = list.get(0);
				String message = formatter.message(first) + (list.size() > 1
						? " " + messages.get("report.annex.more", String.valueOf(list.size()), cellsOf(list)) : "");
				rows.add(ReportRow.of("file", file.path(), "unit", unitCode, "code", code, "message", message));
			});
	}

	private static String cellsOf(List<Finding> findings) {
		return findings.stream()
			.limit(8)
			.map(f -> (f.indicator() == null ? "" : f.indicator() + " ") + (f.year() == null ? "" : f.year()))
			.collect(Collectors.joining(", ")) + (findings.size() > 8 ? ", …" : "");
	}
}
