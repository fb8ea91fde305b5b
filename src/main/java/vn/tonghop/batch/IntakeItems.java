package vn.tonghop.batch;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import vn.tonghop.intake.FileOutcome;
import vn.tonghop.intake.InboxFile;
import vn.tonghop.intake.InboxListing;
import vn.tonghop.intake.IntakeRepository;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.system.PipelineMetrics;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reader and writer of the intake step. The reader serves the run's files not yet done, so a restarted run resumes
 * after the last committed chunk; it hands each file to a worker pool as soon as it lists it, up to two chunks
 * ahead, so the workers take the next chunk's files while the step stores the current one. Taking a file (archive,
 * read, validate) writes nothing to the database, so work done ahead and lost to a crash is simply done again. The
 * writer waits for its chunk's outcomes and stores them with their "done" marks in the chunk's transaction, in
 * file order, after archiving the chunk's new contents in one pack ({@link ChunkStore}). Runs are serialised, so
 * one instance serves one step execution at a time.
 */
@Component
class IntakeItems implements StepExecutionListener, ItemReader<IntakeItems.Taken>, ItemWriter<IntakeItems.Taken>,
		DisposableBean {

	/** A file handed to the workers, with its outcome to come. */
	record Taken(InboxFile file, Future<FileOutcome> outcome) {
	}

	/** Files handed to the workers before the step asks for them: two chunks, one stored while the next is taken. */
	private static final int AHEAD = 2 * ConsolidationJobConfiguration.CHUNK;

	private final InboxListing listing;

	private final FileTaker processor;

	private final OrgRegistry registry;

	private final RunRounds rounds;

	private final PipelineMetrics metrics;

	/**
	 * More workers than cores by default: a worker waits for the disk while it reads a file's bytes, and the spare
	 * keeps the cores busy meanwhile (a chunk's one fsync is on the step's thread).
	 */
	private final ExecutorService pool;

	private final Deque<Taken> ahead = new ArrayDeque<>();

	private long runId;

	private Path inbox;

	private OrgTree tree;

	private RunRounds.Intake round;

	/** The contents received before, read when the step hands out its first file: not at all when nothing is new. */
	private vn.tonghop.intake.KnownContents known;

	private java.util.Set<String> outlierCodes;

	private Iterator<InboxFile> page;

	private int lastPosition;

	private final ChunkStore store;

	IntakeItems(IntakeRepository repository, InboxListing listing, FileTaker processor, OrgRegistry registry,
			RunRounds rounds, PipelineMetrics metrics, vn.tonghop.system.TonghopSettings settings,
			PlatformTransactionManager transactions, vn.tonghop.intake.Archive archive) {
		this.store = new ChunkStore(repository, archive, transactions);
		this.rounds = rounds;
		this.pool = Executors.newFixedThreadPool(settings.intakeWorkerCount(), runnable -> {
			Thread thread = new Thread(runnable, "intake");
			thread.setDaemon(true);
			return thread;
		});
		this.listing = listing;
		this.processor = processor;
		this.registry = registry;
		this.metrics = metrics;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		var parameters = stepExecution.getJobExecution().getJobParameters();
		runId = parameters.getLong(ConsolidationJobConfiguration.RUN_ID);
		inbox = Path.of(parameters.getString(ConsolidationJobConfiguration.INBOX));
		round = rounds.intake(runId);
		// A file's unit and scope are judged on the round's tree: where the units stood on its reference date.
		tree = registry.treeAt(round.round().referenceDate());
		known = null;
		outlierCodes = round.round().form().outliers().map(o -> java.util.Set.copyOf(o.indicators()))
			.orElse(java.util.Set.of());
		lastPosition = -1;
		page = Collections.emptyIterator();
		ahead.clear();
	}

	@Override
	public Taken read() {
		while (ahead.size() < AHEAD) {
			InboxFile next = nextPending();
			if (next == null) {
				break;
			}
			if (known == null) {
				known = processor.knownContents();
			}
			vn.tonghop.intake.KnownContents received = known;
			ahead.add(new Taken(next, pool.submit(() -> processor.process(inbox, next, tree, round, received))));
		}
		return ahead.poll();
	}

	/**
	 * The next file not yet done, a page at a time: after the last position listed, so a file whose chunk is not
	 * written yet is not listed again; a restarted step starts over from the files not done.
	 */
	private InboxFile nextPending() {
		if (!page.hasNext()) {
			page = listing.pending(runId, lastPosition).iterator();
		}
		if (!page.hasNext()) {
			return null;
		}
		InboxFile file = page.next();
		lastPosition = file.position();
		return file;
	}

	@Override
	public void write(Chunk<? extends Taken> chunk) throws Exception {
		List<FileOutcome> taken = new ArrayList<>();
		for (Taken file : chunk) {
			taken.add(file.outcome().get());
		}
		long start = System.nanoTime();
		List<FileOutcome> outcomes = store.archived(taken);
		metrics.add(PipelineMetrics.Stage.ARCHIVE, start);
		start = System.nanoTime();
		store.save(new ChunkStore.Round(runId, round.round().code(), round.held(), outlierCodes), outcomes);
		metrics.add(PipelineMetrics.Stage.STORE, start);
	}

	/**
	 * A failed step leaves files handed out ahead: those not started are dropped, those started are waited for, so a
	 * restart in this process never takes a file while a stale worker still archives it.
	 */
	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		for (Taken taken : ahead) {
			if (!taken.outcome().cancel(false)) {
				try {
					taken.outcome().get();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					break;
				}
				catch (ExecutionException ex) {
					// Its outcome is not needed: the file is taken again by the restarted step.
				}
			}
		}
		ahead.clear();
		return stepExecution.getExitStatus();
	}

	@Override
	public void destroy() {
		pool.shutdownNow();
	}
}
