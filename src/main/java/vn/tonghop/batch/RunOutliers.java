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

	RunOutliers(Submissions submissions, YearOverYear check, RunWarnings warnings, OrgRegistry registry) {
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
		Map<String, String> shaOf = new HashMap<>();
		try (Stream<Submissions.CurrentFile> current = submissions.currentFiles(round.code())) {
			current.forEach(s -> {
				Map<String, Map<Integer, Object>> all = Figures.decode(s.figures(), form, marked);
				Map<String, Map<Integer, Object>> kept = new HashMap<>();
				settings.indicators().forEach(code -> kept.put(code, all.getOrDefault(code, Map.of())));
				observed.add(new YearOverYear.Observed(s.unitCode(), s.path(), kept));
				shaOf.put(s.unitCode(), s.sha256());
			});
		}
		List<Finding> found = check.check(form, registry.treeAt(round.referenceDate()), observed);
		Map<String, String> unitOfPath = new HashMap<>();
		observed.forEach(o -> unitOfPath.put(o.path(), o.unitCode()));
		warnings.replace(runId, found.stream().map(f -> {
			String unit = unitOfPath.get(f.file());
			return new RunWarnings.Warning(shaOf.get(unit), unit, f);
		}).toList());
	}
}
