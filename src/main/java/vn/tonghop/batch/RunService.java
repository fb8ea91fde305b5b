package vn.tonghop.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.tonghop.consolidation.Completeness;
import vn.tonghop.intake.IntakeRepository;
import vn.tonghop.intake.Outcome;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.outputs.RunOutputs;
import vn.tonghop.system.TonghopSettings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Starts consolidation runs, one at a time. A run that a crash left unfinished is recovered and finished first
 * (its job execution restarted from the last committed chunk), so the next request always starts from whole data.
 * Within one process a second request while a run is going is refused; a second process cannot open the embedded
 * database at all and is told so at start-up.
 */
@Service
public class RunService {

	private static final Logger log = LoggerFactory.getLogger(RunService.class);

	private final ReentrantLock running = new ReentrantLock();

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job job;

	private final RunRepository runs;

	private final IntakeRepository intake;

	private final OrgRegistry registry;

	private final RunOutputs outputs;

	private final JdbcClient jdbc;

	private final Completeness completeness;

	private final String grassrootsType;

	RunService(JobOperator jobOperator, JobRepository jobRepository, Job job, RunRepository runs,
			IntakeRepository intake, OrgRegistry registry, RunOutputs outputs, JdbcClient jdbc,
			Completeness completeness, TonghopSettings settings) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = job;
		this.runs = runs;
		this.intake = intake;
		this.registry = registry;
		this.outputs = outputs;
		this.jdbc = jdbc;
		this.completeness = completeness;
		this.grassrootsType = settings.grassrootsType();
	}

	public boolean isRunning() {
		return running.isLocked();
	}

	/**
	 * Finishes any interrupted run, then runs one consolidation over the inbox.
	 *
	 * @return the summaries: of the recovered runs (if any), then of the new run
	 * @throws RunInProgressException when a run is already going in this process
	 */
	public List<RunSummary> run(Path inbox) throws Exception {
		if (!running.tryLock()) {
			throw new RunInProgressException();
		}
		try {
			List<RunSummary> summaries = new ArrayList<>(recoverInterrupted());
			summaries.addAll(finishFailed());
			String folder = inbox.toAbsolutePath().normalize().toString();
			long runId = runs.create(folder);
			JobParameters parameters = new JobParametersBuilder().addLong(ConsolidationJobConfiguration.RUN_ID, runId)
				.addString(ConsolidationJobConfiguration.INBOX, folder, false)
				.toJobParameters();
			JobExecution execution = jobOperator.start(job, parameters);
			summaries.add(summary(runId, execution, false));
			return summaries;
		}
		finally {
			running.unlock();
		}
	}

	/** Runs a crash left STARTED: this process holds the database, so nothing else can be running them. */
	private List<RunSummary> recoverInterrupted() throws Exception {
		List<RunSummary> recovered = new ArrayList<>();
		for (JobExecution stale : jobRepository.findRunningJobExecutions(ConsolidationJobConfiguration.JOB)) {
			long runId = ConsolidationJobConfiguration.runId(stale);
			log.warn("Run {} was interrupted (execution {}); recovering and finishing it", runId, stale.getId());
			JobExecution failed = jobOperator.recover(stale);
			JobExecution restarted = jobOperator.restart(failed);
			recovered.add(summary(runId, restarted, true));
		}
		return recovered;
	}

	/**
	 * Runs that failed since the latest completed one owe their outputs (findings, annotated copies, reports):
	 * each is restarted from its failed step. One that fails again is left failed and the new run goes on; the new
	 * run's findings.csv then lists the files it received too (see {@link RunRepository#lastCompletedBefore}).
	 */
	private List<RunSummary> finishFailed() {
		List<RunSummary> finished = new ArrayList<>();
		for (long runId : runs.failedSinceLastCompleted()) {
			JobExecution failed = jobRepository.getLastJobExecution(ConsolidationJobConfiguration.JOB,
					new JobParametersBuilder().addLong(ConsolidationJobConfiguration.RUN_ID, runId).toJobParameters());
			if (failed == null || failed.getStatus() != org.springframework.batch.core.BatchStatus.FAILED) {
				continue;
			}
			log.warn("Run {} failed before it finished; restarting it to write what it owes", runId);
			try {
				finished.add(summary(runId, jobOperator.restart(failed), true));
			}
			catch (Exception again) {
				log.error("Run {} could not be finished; the next run lists its files", runId, again);
			}
		}
		return finished;
	}

	private RunSummary summary(long runId, JobExecution execution, boolean resumed) {
		Map<Outcome, Long> outcomes = intake.outcomes(runId);
		long seen = jdbc.sql("SELECT COUNT(*) FROM run_file WHERE run_id = ?").param(runId).query(Long.class).single();
		long accepted = outcomes.getOrDefault(Outcome.ACCEPTED, 0L);
		long rejected = outcomes.getOrDefault(Outcome.REJECTED, 0L);
		long notForms = outcomes.getOrDefault(Outcome.NOT_FORM, 0L);
		return new RunSummary(runId, execution.getStatus().name(), resumed, seen, accepted + rejected + notForms,
				accepted, rejected, notForms, outcomes.getOrDefault(Outcome.UNCHANGED, 0L),
				outcomes.getOrDefault(Outcome.DEFERRED, 0L), completeness(runId), outputs.folder(runId),
				stepDurations(execution), execution.getAllFailureExceptions().stream().findFirst().orElse(null));
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
	private List<RunSummary.Completeness> completeness(long runId) {
		OrgTree tree = registry.tree();
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
