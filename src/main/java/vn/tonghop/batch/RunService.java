package vn.tonghop.batch;

import vn.tonghop.runs.Runs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Service;

import vn.tonghop.audit.AuditKind;
import vn.tonghop.audit.AuditLog;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.rounds.Round;
import vn.tonghop.rounds.Rounds;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

	private volatile boolean stopRequested;

	private final JobOperator jobOperator;

	private final RunRecovery recovery;

	private final Job job;

	private final Runs runs;

	private final OrgRegistry registry;

	private final RunSummaries summaries;

	private final Rounds rounds;

	private final AuditLog audit;

	private final MailIntake mail;

	private final vn.tonghop.outputs.Retention retention;

	private final vn.tonghop.outputs.DiskGuard disk;

	RunService(JobOperator jobOperator, RunRecovery recovery, Job job, Runs runs, OrgRegistry registry,
			RunSummaries summaries, Rounds rounds, AuditLog audit, MailIntake mail,
			vn.tonghop.outputs.Retention retention, vn.tonghop.outputs.DiskGuard disk) {
		this.retention = retention;
		this.disk = disk;
		this.audit = audit;
		this.mail = mail;
		this.rounds = rounds;
		this.jobOperator = jobOperator;
		this.recovery = recovery;
		this.job = job;
		this.runs = runs;
		this.registry = registry;
		this.summaries = summaries;
	}

	/** Why the mailbox could not be read before the last run; empty when it could, or mail intake is off. */
	public java.util.Optional<String> mailboxProblem() {
		return mail.problem();
	}

	public boolean isRunning() {
		return running.isLocked();
	}

	/**
	 * From now on no run starts (the application is stopping, see GracefulStop); a run going on is stopped by its
	 * job's stop signal at its next chunk boundary, and the next start finishes it.
	 */
	void requestStop() {
		stopRequested = true;
	}

	void allowRuns() {
		stopRequested = false;
	}

	/**
	 * Finishes any interrupted run, then runs one consolidation over the inbox for every open round, in the order
	 * the rounds were created: each takes the files of its form and leaves the others to theirs.
	 *
	 * @return the summaries: of the recovered runs (if any), then of the new runs, one a round
	 * @throws RunInProgressException when a run is already going in this process
	 * @throws DiskTooFullException when the disk cannot hold what the runs are expected to write (nothing started)
	 */
	public List<RunSummary> run(Path inbox) throws Exception {
		return run(inbox, rounds.open(), AuditLog.COMMAND_LINE);
	}

	/** {@link #run(Path)} asked by {@code actor} (a user, {@link AuditLog#SCHEDULE} or {@link AuditLog#COMMAND_LINE}). */
	public List<RunSummary> run(Path inbox, String actor) throws Exception {
		return run(inbox, rounds.open(), actor);
	}

	/**
	 * {@link #run(Path)} for the given rounds only (one round's run after its files changed): the other rounds'
	 * outputs stay as they are.
	 */
	public List<RunSummary> run(Path inbox, List<Round> only) throws Exception {
		return run(inbox, only, AuditLog.COMMAND_LINE);
	}

	/** {@link #run(Path, List)} asked by {@code actor}, whom the audit log names for each round's run. */
	public List<RunSummary> run(Path inbox, List<Round> only, String actor) throws Exception {
		if (!running.tryLock()) {
			throw new RunInProgressException();
		}
		try {
			if (stopRequested) {
				return List.of(); // the application is stopping: what is unfinished waits for the next start
			}
			List<RunSummary> done = new ArrayList<>(recovery.finishUnfinished());
			var shortage = disk.check(only);
			if (shortage.isPresent()) {
				audit.record(actor, AuditKind.RUN, null, null, "audit.detail.run.diskFull", shortage.get().needed(),
						shortage.get().free());
				throw new DiskTooFullException(shortage.get().needed(), shortage.get().free());
			}
			mail.collect(inbox);
			String folder = inbox.toAbsolutePath().normalize().toString();
			for (Round round : only) {
				if (stopRequested) {
					return done; // the application is stopping: no new run starts
				}
				long runId = runs.create(round.code(), folder,
						registry.versionedTreeAt(round.referenceDate()).version());
				JobParameters parameters = new JobParametersBuilder()
					.addLong(ConsolidationJobConfiguration.RUN_ID, runId)
					.addString(ConsolidationJobConfiguration.INBOX, folder, false)
					.toJobParameters();
				JobExecution execution = jobOperator.start(job, parameters);
				RunSummary summary = summaries.of(runId, execution, false);
				audit.record(actor, AuditKind.RUN, round.code(), null, "audit.detail.run." + summary.status(), runId,
						summary.newFiles(), summary.accepted(), summary.rejected());
				prune(round);
				done.add(summary);
			}
			if (stopRequested) {
				return done; // the replies wait too: MailReplies sends the ones not sent yet after the next run
			}
			mail.reply();
			return done;
		}
		finally {
			running.unlock();
		}
	}

	/** Old runs' outputs go after each run; a failure to remove them is logged and tried again after the next. */
	private void prune(Round round) {
		try {
			retention.prune(round);
		}
		catch (java.io.IOException | RuntimeException failure) {
			log.warn("Old outputs of round {} could not be removed", round.code(), failure);
		}
	}
}
