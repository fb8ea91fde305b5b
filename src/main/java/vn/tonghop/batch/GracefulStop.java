package vn.tonghop.batch;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Stops a run cleanly when the application is asked to stop (SIGTERM from {@code systemctl stop}, Ctrl+C on the
 * command line): no new run starts, the running job is told to stop, and the shutdown waits until it has committed
 * its current chunk and ended STOPPED. Only then do the web server, the connection pool and the embedded database
 * close, so no step fails against a closed database. The next start finishes the run (RunRecovery; {@code serve}
 * does it at once, see ResumeAfterRestart). Stopped first among the application's lifecycles (the highest phase).
 */
@Component
class GracefulStop implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);

	private final RunService runs;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Duration wait;

	private volatile boolean started;

	GracefulStop(RunService runs, JobOperator jobOperator, JobRepository jobRepository,
			@Value("${tonghop.shutdown.run-wait:90s}") Duration wait) {
		this.runs = runs;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.wait = wait;
	}

	/** Also after a stop without shutdown (a test framework pauses a cached context so): runs may start again. */
	@Override
	public void start() {
		runs.allowRuns();
		started = true;
	}

	@Override
	public boolean isRunning() {
		return started;
	}

	@Override
	public void stop() {
		started = false;
		runs.requestStop();
		if (!runs.isRunning()) {
			return;
		}
		for (JobExecution execution : jobRepository.findRunningJobExecutions(ConsolidationJobConfiguration.JOB)) {
			try {
				log.warn("Stopping: run {} stops at its next chunk boundary", ConsolidationJobConfiguration.runId(execution));
				jobOperator.stop(execution);
			}
			catch (JobExecutionNotRunningException ended) {
				// it ended meanwhile
			}
		}
		long deadline = System.nanoTime() + wait.toNanos();
		while (runs.isRunning() && System.nanoTime() < deadline) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		if (runs.isRunning()) {
			log.warn("The run did not stop within {}; it is finished by the next start", wait);
		}
	}
}
