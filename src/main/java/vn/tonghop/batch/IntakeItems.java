package vn.tonghop.batch;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import vn.tonghop.intake.FileOutcome;
import vn.tonghop.intake.FileProcessor;
import vn.tonghop.intake.InboxFile;
import vn.tonghop.intake.IntakeRepository;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.system.PipelineMetrics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reader and writer of the intake step. The reader serves the run's files not yet done, so a restarted run resumes
 * after the last committed chunk. The writer takes a chunk's files in parallel on a pool sized to the cores (files
 * are independent), then stores every outcome and its "done" mark in the chunk's transaction, in file order.
 * Runs are serialised, so one instance serves one step execution at a time.
 */
@Component
class IntakeItems implements StepExecutionListener, ItemReader<InboxFile>, ItemWriter<InboxFile>, DisposableBean {

	private final IntakeRepository repository;

	private final FileProcessor processor;

	private final OrgRegistry registry;

	private final PipelineMetrics metrics;

	private final ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
			runnable -> {
				Thread thread = new Thread(runnable, "intake");
				thread.setDaemon(true);
				return thread;
			});

	private long runId;

	private Path inbox;

	private OrgTree tree;

	private Iterator<InboxFile> page;

	private int lastPosition;

	IntakeItems(IntakeRepository repository, FileProcessor processor, OrgRegistry registry, PipelineMetrics metrics) {
		this.repository = repository;
		this.processor = processor;
		this.registry = registry;
		this.metrics = metrics;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		var parameters = stepExecution.getJobExecution().getJobParameters();
		runId = parameters.getLong(ConsolidationJobConfiguration.RUN_ID);
		inbox = Path.of(parameters.getString(ConsolidationJobConfiguration.INBOX));
		tree = registry.tree();
		lastPosition = -1;
		page = java.util.Collections.emptyIterator();
	}

	/**
	 * The next file not yet done, a page at a time: after the last position served, so a file whose chunk is not
	 * written yet is not served again; a restarted step starts over from the files not done.
	 */
	@Override
	public InboxFile read() {
		if (!page.hasNext()) {
			page = repository.pending(runId, lastPosition).iterator();
		}
		if (!page.hasNext()) {
			return null;
		}
		InboxFile file = page.next();
		lastPosition = file.position();
		return file;
	}

	@Override
	public void write(Chunk<? extends InboxFile> chunk) throws Exception {
		List<Future<FileOutcome>> futures = new ArrayList<>();
		for (InboxFile file : chunk) {
			futures.add(pool.submit(() -> processor.process(inbox, file, tree)));
		}
		List<FileOutcome> outcomes = new ArrayList<>();
		for (Future<FileOutcome> future : futures) {
			outcomes.add(future.get());
		}
		long start = System.nanoTime();
		repository.saveAll(runId, outcomes);
		metrics.add(PipelineMetrics.Stage.STORE, start);
	}

	@Override
	public void destroy() {
		pool.shutdownNow();
	}
}
