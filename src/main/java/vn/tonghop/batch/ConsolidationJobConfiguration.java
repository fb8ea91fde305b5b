package vn.tonghop.batch;

import vn.tonghop.runs.Runs;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import vn.tonghop.consolidation.ConsolidationService;
import vn.tonghop.intake.InboxScanner;
import vn.tonghop.intake.InboxListing;
import vn.tonghop.outputs.RunOutputs;
import vn.tonghop.system.PipelineMetrics;

import java.nio.file.Path;

/**
 * The nightly consolidation: snapshot the inbox → take each file (archive, read, validate, store) → roll up →
 * write the outputs. Every step is restartable: a run killed anywhere and restarted ends as an uninterrupted one.
 */
@Configuration(proxyBeanMethods = false)
class ConsolidationJobConfiguration {

	static final String JOB = "consolidation";

	static final String RUN_ID = "run.id";

	static final String INBOX = "inbox";

	/** Files per transaction: small enough that a restart redoes little, large enough to batch writes. */
	static final int CHUNK = 50;

	@Bean
	Step snapshotStep(JobRepository jobRepository, PlatformTransactionManager tx, InboxScanner scanner,
			InboxListing intake) {
		return new StepBuilder("snapshot", jobRepository).tasklet((contribution, context) -> {
			var parameters = context.getStepContext().getStepExecution().getJobExecution().getJobParameters();
			long runId = parameters.getLong(RUN_ID);
			if (!intake.hasSnapshot(runId)) {
				intake.saveSnapshot(runId, scanner.scan(Path.of(parameters.getString(INBOX))));
			}
			return RepeatStatus.FINISHED;
		}, tx).build();
	}

	@Bean
	Step intakeStep(JobRepository jobRepository, PlatformTransactionManager tx, IntakeItems intake) {
		return new StepBuilder("intake", jobRepository).<IntakeItems.Taken, IntakeItems.Taken>chunk(CHUNK)
			.transactionManager(tx)
			.reader(intake)
			.writer(intake)
			.listener(intake)
			.build();
	}

	@Bean
	Step rollupStep(JobRepository jobRepository, PlatformTransactionManager tx, ConsolidationService consolidation,
			PipelineMetrics metrics, RunRounds rounds) {
		return new StepBuilder("rollup", jobRepository).tasklet((contribution, context) -> {
			long start = System.nanoTime();
			JobExecution execution = context.getStepContext().getStepExecution().getJobExecution();
			consolidation.consolidate(runId(execution), rounds.of(runId(execution)));
			metrics.add(PipelineMetrics.Stage.ROLLUP, start);
			return RepeatStatus.FINISHED;
		}, tx).build();
	}

	/** W7: the current submissions compared with each other, as of this run. */
	@Bean
	Step outliersStep(JobRepository jobRepository, PlatformTransactionManager tx, RunOutliers outliers,
			RunRounds rounds) {
		return new StepBuilder("outliers", jobRepository).tasklet((contribution, context) -> {
			long runId = runId(context.getStepContext().getStepExecution().getJobExecution());
			outliers.find(runId, rounds.of(runId));
			return RepeatStatus.FINISHED;
		}, tx).build();
	}

	@Bean
	Step outputsStep(JobRepository jobRepository, PlatformTransactionManager tx, RunOutputs outputs,
			Runs runs, RunRounds rounds) {
		return new StepBuilder("outputs", jobRepository).tasklet((contribution, context) -> {
			JobExecution execution = context.getStepContext().getStepExecution().getJobExecution();
			long runId = runId(execution);
			// Files received by runs that failed for good since the last completed run are listed with this one's.
			outputs.write(runId, rounds.of(runId), runs.lastCompletedBefore(runId));
			return RepeatStatus.FINISHED;
		}, tx).build();
	}

	@Bean
	Job consolidationJob(JobRepository jobRepository, Step snapshotStep, Step intakeStep, Step rollupStep,
			Step outliersStep, Step outputsStep, Runs runs) {
		return new JobBuilder(JOB, jobRepository).start(snapshotStep)
			.next(intakeStep)
			.next(rollupStep)
			.next(outliersStep)
			.next(outputsStep)
			.listener(new JobExecutionListener() {
				@Override
				public void afterJob(JobExecution execution) {
					runs.finish(runId(execution), execution.getStatus().name());
				}
			})
			.build();
	}

	static long runId(JobExecution execution) {
		return execution.getJobParameters().getLong(RUN_ID);
	}
}
