package vn.tonghop.batch;

import java.util.ArrayList;
import java.util.HashMap;
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
		List<YearOverYear.Observed> observed = new ArrayList<>();
		Map<String, String> unitOf = new HashMap<>();
		try (Stream<Submissions.CurrentContent> current = submissions.currentContents(round.code())) {
			current.forEach(s -> {
				// Judged under its content's key: only the files a warning names are looked up by name.
				observed.add(YearOverYear.Observed.of(form, s.unitCode(), s.sha256(),
						Figures.decode(s.figures(), form, marked)));
				unitOf.put(s.sha256(), s.unitCode());
			});
		}
		List<Finding> bySha = check.check(form, registry.treeAt(round.referenceDate()), observed);
		Map<String, String> names = contents.fileNames(bySha.stream().map(Finding::file).toList());
		warnings.replace(runId, bySha.stream()
			.map(f -> new RunWarnings.Warning(f.file(), unitOf.get(f.file()), f.withFile(names.get(f.file()))))
			.sorted(java.util.Comparator.comparing(RunWarnings.Warning::finding, YearOverYear.ORDER))
			.toList());
	}
}
