package vn.tonghop.outputs;

import java.util.Map;

import vn.tonghop.reporttext.ReportPart;

import vn.tonghop.runs.Runs;

import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;

import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.rounds.Round;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Re-renders the reports of a round's latest completed run without consolidating again. */
@Service
public class ReportService {

	private final Runs runs;

	private final ReportsWriter renderer;

	private final OrgRegistry registry;

	private final RunOutputs outputs;

	private final OutputFolders folders;

	ReportService(Runs runs, ReportsWriter renderer, OrgRegistry registry, RunOutputs outputs, OutputFolders folders) {
		this.runs = runs;
		this.renderer = renderer;
		this.registry = registry;
		this.outputs = outputs;
		this.folders = folders;
	}

	/**
	 * The drafts of a unit's editable sections from the latest completed run's figures: what a section prints until
	 * staff write over it. Empty when no run has completed or the unit gets no report.
	 */
	public Optional<Map<ReportPart, String>> drafts(Round round, String unitCode) {
		Optional<Long> run = latestRun(round);
		OrgTree tree = registry.treeAt(round.referenceDate());
		return run.flatMap(id -> renderer.reportedUnits(tree, round)
			.stream()
			.filter(u -> u.code().equals(unitCode))
			.findFirst()
			.map(unit -> renderer.drafts(id, round, tree, unit)));
	}

	public Optional<Long> latestRun(Round round) {
		return runs.latestCompleted(round.code());
	}

	/**
	 * What was rendered, and how long it took (measured, for the command's summary).
	 *
	 * @param failed the units among those rendered whose report could not be made, with each failure's reference
	 */
	public record Rendered(long runId, int reports, long millis, Path folder, java.util.SortedMap<String, String> failed) {
	}

	/**
	 * @param unitCode one unit, or every unit above the CĐCS when empty
	 * @return empty when no run has completed yet, or the unit is unknown
	 */
	public Optional<Rendered> renderLatest(Round round, Optional<String> unitCode) throws IOException {
		Optional<Long> run = latestRun(round);
		if (run.isEmpty()) {
			return Optional.empty();
		}
		OrgTree tree = registry.treeAt(round.referenceDate());
		List<OrgUnit> all = renderer.reportedUnits(tree, round);
		List<OrgUnit> units = unitCode.map(code -> all.stream().filter(u -> u.code().equals(code)).toList()).orElse(all);
		if (units.isEmpty()) {
			return Optional.empty();
		}
		Path folder = outputs.folder(round, run.get()).resolve("reports");
		long start = System.nanoTime();
		java.util.SortedMap<String, String> failed = renderer.writeAll(run.get(), round, tree, units, folder);
		long millis = (System.nanoTime() - start) / 1_000_000;
		Path latest = folders.latest(round);
		// Where latest is a link it is the run's folder itself; only a copy (no links on this disk) needs refreshing.
		if (latestRun(round).equals(run) && !java.nio.file.Files.isSymbolicLink(latest)) {
			if (unitCode.isEmpty()) {
				FileSystemUtils.deleteRecursively(latest.resolve("reports"));
				FileSystemUtils.copyRecursively(folder, latest.resolve("reports"));
			}
			else {
				// One unit's report again (a save on the web): its files only, not the whole province's folder; a
				// failure's mark instead of its files when it could not be made (see UnitReportFailure).
				for (String name : List.of(".pdf", ".docx", ".xlsx", UnitReportFailure.SUFFIX)) {
					Path made = folder.resolve(unitCode.get() + name);
					Path copy = latest.resolve("reports").resolve(unitCode.get() + name);
					if (java.nio.file.Files.exists(made)) {
						java.nio.file.Files.copy(made, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
					}
					else {
						java.nio.file.Files.deleteIfExists(copy);
					}
				}
			}
		}
		return Optional.of(new Rendered(run.get(), units.size() - failed.size(), millis, folder, failed));
	}
}
