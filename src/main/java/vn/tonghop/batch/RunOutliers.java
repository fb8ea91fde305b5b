package vn.tonghop.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import vn.tonghop.finding.Finding;
import vn.tonghop.form.Form;
import vn.tonghop.form.OutlierSettings;
import vn.tonghop.intake.Figures;
import vn.tonghop.intake.ReceivedContents;
import vn.tonghop.intake.RunWarnings;
import vn.tonghop.intake.Submissions;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.rounds.Round;
import vn.tonghop.validation.YearOverYear;

/**
 * The run's W7 warnings: the current submissions' values of the indicators the form marks, judged together by
 * {@link YearOverYear}, stored for this run. Only those few values of each unit are held, not its whole form.
 */
@Component
class RunOutliers {

	private final Submissions submissions;

	private final YearOverYear check;

	private final RunWarnings warnings;

	private final OrgRegistry registry;

	private final ReceivedContents contents;

	RunOutliers(Submissions submissions, YearOverYear check, RunWarnings warnings, OrgRegistry registry,
			ReceivedContents contents) {
		this.contents = contents;
		this.submissions = submissions;
		this.check = check;
		this.warnings = warnings;
		this.registry = registry;
	}

	void find(long runId, Round round) {
		Form form = round.form();
		OutlierSettings settings = form.outliers().orElse(null);
		if (settings == null) {
			warnings.replace(runId, List.of());
			return;
		}
		java.util.Set<String> marked = java.util.Set.copyOf(settings.indicators());
		OrgTree tree = registry.treeAt(round.referenceDate());
		List<YearOverYear.Observed> observed = new ArrayList<>();
		try (Stream<Submissions.CurrentContent> current = submissions.currentContents(round.code())) {
			current.forEach(s -> {
				// Judged under its unit's code (one current submission a unit, the tree's own string): only the
				// units a warning names have their file looked up.
				String unit = tree.unit(s.unitCode()).map(OrgUnit::code).orElse(s.unitCode());
				observed.add(YearOverYear.Observed.of(form, unit, unit, Figures.decode(s.figures(), form, marked)));
			});
		}
		List<Finding> byUnit = check.check(form, tree, observed);
		Map<String, ReceivedContents.CurrentFile> files = contents.currentFiles(round.code(),
				byUnit.stream().map(Finding::file).toList());
		// A warning names a current submission: a unit without one by now gets none, and the step goes on.
		warnings.replace(runId, byUnit.stream()
			.flatMap(f -> java.util.Optional.ofNullable(files.get(f.file()))
				.map(file -> new RunWarnings.Warning(file.sha256(), f.file(), f.withFile(file.fileName())))
				.stream())
			.sorted(java.util.Comparator.comparing(RunWarnings.Warning::finding, YearOverYear.ORDER))
			.toList());
	}
}
