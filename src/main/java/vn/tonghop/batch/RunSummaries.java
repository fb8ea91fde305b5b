package vn.tonghop.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import vn.tonghop.consolidation.Completeness;
import vn.tonghop.intake.InboxListing;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.outputs.OutputFolders;
import vn.tonghop.outputs.RunOutputs;
import vn.tonghop.rounds.Round;
import vn.tonghop.system.TonghopSettings;
import vn.tonghop.workflow.Reporting;

/** What a run did, gathered when it ends: its files by outcome, completeness per direct-upper unit, its steps. */
@Component
class RunSummaries {

	private final InboxListing listing;

	private final Completeness completeness;

	private final OrgRegistry registry;

	private final RunOutputs outputs;

	private final String grassrootsType;

	private final RunRounds rounds;

	private final OutputFolders folders;

	private final Reporting reporting;

	RunSummaries(InboxListing listing, Completeness completeness, OrgRegistry registry, RunOutputs outputs,
			TonghopSettings settings, RunRounds rounds, OutputFolders folders, Reporting reporting) {
		this.reporting = reporting;
		this.rounds = rounds;
		this.folders = folders;
		this.listing = listing;
		this.completeness = completeness;
		this.registry = registry;
		this.outputs = outputs;
		this.grassrootsType = settings.grassrootsType();
	}

	RunSummary of(long runId, JobExecution execution, boolean resumed) {
		InboxListing.Counts c = listing.counts(runId);
		Round round = rounds.of(runId);
		return new RunSummary(runId, round.code(), round.title(), execution.getStatus().name(), resumed, c.total(),
				c.accepted() + c.rejected() + c.notForms(), c.accepted(), c.rejected(), c.notForms(), c.unchanged(),
				c.deferred(), c.otherRound(), completeness(runId, round),
				reporting.counts(round, registry.treeAt(round.referenceDate())), outputs.folder(round, runId),
				folders.shownLatest(round), stepDurations(execution),
				execution.getAllFailureExceptions().stream().findFirst().orElse(null));
	}

	private static Map<String, java.time.Duration> stepDurations(JobExecution execution) {
		Map<String, java.time.Duration> durations = new java.util.LinkedHashMap<>();
		execution.getStepExecutions().forEach(step -> {
			if (step.getStartTime() != null && step.getEndTime() != null) {
				durations.put(step.getStepName(), java.time.Duration.between(step.getStartTime(), step.getEndTime()));
			}
		});
		return durations;
	}

	/** Reported / expected per year for every unit directly above CĐCS, from the run's totals. */
	private List<RunSummary.Completeness> completeness(long runId, Round round) {
		OrgTree tree = registry.treeAt(round.referenceDate());
		List<RunSummary.Completeness> result = new ArrayList<>();
		completeness.ofUpperUnits(runId).forEach((code, years) -> {
			OrgUnit unit = tree.unit(code).orElse(null);
			boolean directUpper = unit != null
					&& tree.children(code).stream().anyMatch(c -> c.type().equals(grassrootsType));
			if (directUpper) {
				result.add(new RunSummary.Completeness(code, unit.name(), years));
			}
		});
		return result;
	}
}
