package vn.tonghop.batch;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import vn.tonghop.runs.Runs;

/**
 * Finishes the runs an earlier process left unfinished, before anything new starts: a run a crash left STARTED, one
 * stopped at a chunk boundary when the application was stopped (STOPPED), and one that failed (it owes its outputs).
 * Each is restarted from its last committed chunk, so it ends exactly as an uninterrupted run would. Called with
 * RunService's lock held: this process holds the database, so nothing else can be running them.
 */
@Component
class RunRecovery {

	private static final Logger log = LoggerFactory.getLogger(RunRecovery.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Runs runs;

	private final RunSummaries summaries;

	private final vn.tonghop.intake.Archive archive;

	RunRecovery(JobOperator jobOperator, JobRepository jobRepository, Runs runs, RunSummaries summaries,
			vn.tonghop.intake.Archive archive) {
		this.archive = archive;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.runs = runs;
		this.summaries = summaries;
	}

	/** @return the summaries of the runs finished (or tried), oldest first */
	List<RunSummary> finishUnfinished() throws Exception {
		if (anyUnfinished()) {
			removeUnusedPacks();
		}
		List<RunSummary> finished = new ArrayList<>(recoverInterrupted());
		finished.addAll(restartStoppedOrFailed());
		return finished;
	}

	/**
	 * Nothing takes files now: the packs of chunks the interrupted run never committed can go. Housekeeping only:
	 * a pack that cannot be removed is left for the next time, and the runs are finished all the same.
	 */
	private void removeUnusedPacks() {
		try {
			int removed = archive.removeUnusedPacks();
			if (removed > 0) {
				log.info("Removed {} archive pack(s) an interrupted run wrote but never committed", removed);
			}
		}
		catch (java.io.IOException | RuntimeException ex) {
			log.warn("Archive packs no received file points into could not all be removed", ex);
		}
	}

	/** True when a run waits to be finished: what a restarted server does at once. */
	boolean anyUnfinished() {
		return !jobRepository.findRunningJobExecutions(ConsolidationJobConfiguration.JOB).isEmpty()
				|| !runs.unfinishedSinceLastCompleted().isEmpty();
	}

	private List<RunSummary> recoverInterrupted() throws Exception {
		List<RunSummary> recovered = new ArrayList<>();
		for (JobExecution stale : jobRepository.findRunningJobExecutions(ConsolidationJobConfiguration.JOB)) {
			long runId = ConsolidationJobConfiguration.runId(stale);
			log.warn("Run {} was interrupted (execution {}); recovering and finishing it", runId, stale.getId());
			JobExecution failed = jobOperator.recover(stale);
			JobExecution restarted = jobOperator.restart(failed);
			recovered.add(summaries.of(runId, restarted, true));
		}
		return recovered;
	}

	/**
	 * One that fails again is left failed and the new run goes on; the new run's findings.csv then lists the files
	 * it received too (see {@link Runs#lastCompletedBefore}).
	 */
	private List<RunSummary> restartStoppedOrFailed() {
		List<RunSummary> finished = new ArrayList<>();
		for (long runId : runs.unfinishedSinceLastCompleted()) {
			JobExecution last = jobRepository.getLastJobExecution(ConsolidationJobConfiguration.JOB,
					new JobParametersBuilder().addLong(ConsolidationJobConfiguration.RUN_ID, runId).toJobParameters());
			if (last == null || (last.getStatus() != BatchStatus.FAILED && last.getStatus() != BatchStatus.STOPPED)) {
				continue;
			}
			log.warn("Run {} ended {} before it finished; restarting it", runId, last.getStatus());
			try {
				finished.add(summaries.of(runId, jobOperator.restart(last), true));
			}
			catch (Exception again) {
				log.error("Run {} could not be finished; the next run lists its files", runId, again);
			}
		}
		return finished;
	}
}
