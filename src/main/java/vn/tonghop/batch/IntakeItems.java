package vn.tonghop.batch;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.stereotype.Component;

import vn.tonghop.intake.FileOutcome;
import vn.tonghop.intake.FileProcessor;
import vn.tonghop.intake.InboxFile;
import vn.tonghop.intake.IntakeRepository;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.orgunit.OrgTree;

import java.nio.file.Path;
import java.util.Iterator;

/**
 * Reader, processor and writer of the intake step. The reader serves the run's files not yet done, so a restarted
 * run resumes after the last committed chunk; the writer stores each file's outcome and its "done" mark in the
 * chunk's transaction. Runs are serialised, so one instance serves one step execution at a time.
 */
@Component
class IntakeItems implements StepExecutionListener, ItemReader<InboxFile>, ItemProcessor<InboxFile, FileOutcome>,
		ItemWriter<FileOutcome> {

	private final IntakeRepository repository;

	private final FileProcessor processor;

	private final OrgRegistry registry;

	private long runId;

	private Path inbox;

	private OrgTree tree;

	private Iterator<InboxFile> pending;

	IntakeItems(IntakeRepository repository, FileProcessor processor, OrgRegistry registry) {
		this.repository = repository;
		this.processor = processor;
		this.registry = registry;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		var parameters = stepExecution.getJobExecution().getJobParameters();
		runId = parameters.getLong(ConsolidationJobConfiguration.RUN_ID);
		inbox = Path.of(parameters.getString(ConsolidationJobConfiguration.INBOX));
		tree = registry.tree();
		pending = repository.pending(runId).iterator();
	}

	@Override
	public InboxFile read() {
		return pending.hasNext() ? pending.next() : null;
	}

	@Override
	public FileOutcome process(InboxFile file) throws Exception {
		return processor.process(inbox, file, tree);
	}

	@Override
	public void write(Chunk<? extends FileOutcome> chunk) {
		chunk.forEach(outcome -> repository.save(runId, outcome));
	}
}
