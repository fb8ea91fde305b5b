package vn.tonghop.batch;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tonghop.finding.FileFailures;
import vn.tonghop.intake.Archive;
import vn.tonghop.intake.FileOutcome;
import vn.tonghop.intake.IntakeRepository;

/**
 * How the intake step keeps a chunk: its new contents archived in one pack, then every file's rows, in the chunk's
 * transaction. One file whose rows cannot be stored never takes the chunk, or the run, with it.
 */
final class ChunkStore {

	/** What a run's round stores its outcomes with (see {@link IntakeRepository#saveAll}). */
	record Round(long runId, String roundCode, Predicate<String> heldUnits, Set<String> outlierCodes) {
	}

	private final IntakeRepository repository;

	private final Archive archive;

	/** A savepoint inside the chunk's transaction: a failed store of one file undoes that file's rows only. */
	private final TransactionTemplate savepoint;

	ChunkStore(IntakeRepository repository, Archive archive, PlatformTransactionManager transactions) {
		this.repository = repository;
		this.archive = archive;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * The chunk's new contents in one pack, forced to disk once before the chunk's rows that point into it commit:
	 * one durable write a chunk instead of one a file.
	 */
	List<FileOutcome> archived(List<FileOutcome> outcomes) throws IOException {
		Map<String, byte[]> contents = new LinkedHashMap<>();
		for (FileOutcome o : outcomes) {
			if (o.toArchive() != null) {
				contents.putIfAbsent(o.sha256(), o.toArchive());
			}
		}
		Map<String, String> paths = archive.storePack(contents);
		return outcomes.stream().map(o -> o.toArchive() == null ? o : o.archivedAt(paths.get(o.sha256()))).toList();
	}

	/**
	 * Stores the chunk's outcomes. A chunk that could not be stored is stored a file at a time, each behind a
	 * savepoint, so the file that cannot be stored is the only one that carries the failure: it is kept as returned,
	 * with its E1 finding, and without the unit it names if even that cannot be stored (what a file says of its unit
	 * may be what did not fit). If that fails too, the database is at fault and the step fails.
	 */
	void save(Round round, List<FileOutcome> outcomes) {
		try {
			saveBehindSavepoint(round, outcomes);
		}
		catch (RuntimeException chunkFailed) {
			outcomes.forEach(outcome -> saveAlone(round, outcome));
		}
	}

	private void saveAlone(Round round, FileOutcome outcome) {
		try {
			saveBehindSavepoint(round, List.of(outcome));
		}
		catch (RuntimeException failure) {
			FileOutcome failed = outcome.failed(FileFailures.contain(FileFailures.Step.STORE, outcome.path(), failure));
			try {
				saveBehindSavepoint(round, List.of(failed));
			}
			catch (RuntimeException again) {
				saveBehindSavepoint(round, List.of(failed.withoutUnit()));
			}
		}
	}

	private void saveBehindSavepoint(Round round, List<FileOutcome> outcomes) {
		savepoint.executeWithoutResult(status -> repository.saveAll(round.runId(), round.roundCode(), outcomes,
				round.heldUnits(), round.outlierCodes()));
	}
}
