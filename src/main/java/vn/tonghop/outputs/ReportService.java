package vn.tonghop.outputs;

import java.util.Map;

import vn.tonghop.reporttext.ReportPart;

import vn.tonghop.runs.Runs;

import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;

import vn.tonghop.form.Form;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.system.DataDirectory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Re-renders the reports of the latest completed run without consolidating again. */
@Service
public class ReportService {

	private final Runs runs;

	private final ReportsWriter renderer;

	private final OrgRegistry registry;

	private final Form form;

	private final RunOutputs outputs;

	private final DataDirectory dataDirectory;

	ReportService(Runs runs, ReportsWriter renderer, OrgRegistry registry, Form form, RunOutputs outputs,
			DataDirectory dataDirectory) {
		this.runs = runs;
		this.renderer = renderer;
		this.registry = registry;
		this.form = form;
		this.outputs = outputs;
		this.dataDirectory = dataDirectory;
	}

	/**
	 * The drafts of a unit's editable sections from the latest completed run's figures: what a section prints until
	 * staff write over it. Empty when no run has completed or the unit gets no report.
	 */
	public Optional<Map<ReportPart, String>> drafts(String unitCode) {
		Optional<Long> run = latestRun();
		OrgTree tree = registry.tree();
		return run.flatMap(id -> renderer.reportedUnits(tree, form.years())
			.stream()
			.filter(u -> u.code().equals(unitCode))
			.findFirst()
			.map(unit -> renderer.drafts(id, tree, unit)));
	}

	public Optional<Long> latestRun() {
		return runs.latestCompleted();
	}

	/** What was rendered, and how long it took (measured, for the command's summary). */
	public record Rendered(long runId, int reports, long millis, Path folder) {
	}

	/**
	 * @param unitCode one unit, or every unit above the CĐCS when empty
	 * @return empty when no run has completed yet, or the unit is unknown
	 */
	public Optional<Rendered> renderLatest(Optional<String> unitCode) throws IOException {
		Optional<Long> run = latestRun();
		if (run.isEmpty()) {
			return Optional.empty();
		}
		OrgTree tree = registry.tree();
		List<OrgUnit> all = renderer.reportedUnits(tree, form.years());
		List<OrgUnit> units = unitCode.map(code -> all.stream().filter(u -> u.code().equals(code)).toList()).orElse(all);
		if (units.isEmpty()) {
			return Optional.empty();
		}
		Path folder = outputs.folder(run.get()).resolve("reports");
		long start = System.nanoTime();
		renderer.writeAll(run.get(), tree, units, folder);
		long millis = (System.nanoTime() - start) / 1_000_000;
		Path latest = dataDirectory.outputs().resolve("latest");
		if (latestRun().equals(run) && unitCode.isEmpty()) {
			FileSystemUtils.deleteRecursively(latest.resolve("reports"));
			FileSystemUtils.copyRecursively(folder, latest.resolve("reports"));
		}
		else if (latestRun().equals(run)) {
			// One unit's report again (a save on the web): its files only, not the whole province's folder.
			for (ReportFiles.Kind kind : ReportFiles.Kind.values()) {
				String name = unitCode.get() + "." + kind.extension();
				java.nio.file.Files.copy(folder.resolve(name), latest.resolve("reports").resolve(name),
						java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
		}
		return Optional.of(new Rendered(run.get(), units.size(), millis, folder));
	}
}
