package vn.tonghop.intake;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A run's listing of the inbox (tables run_file, run_listing_done, and inbox_seen as the listing reads it): stored
 * once, a thousand files a transaction, and served back a page at a time, so a restarted run works through the
 * same list and ends as an uninterrupted run would.
 */
@Repository
public class InboxListing {

	private static final int PAGE = 500;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	/** Transactions of their own, committed whatever the caller's transaction does. */
	private final TransactionTemplate ownTransaction;

	InboxListing(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.template = template;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	private static final int SNAPSHOT_BATCH = 1000;

	private static final int SEEN_PAGE = 5000;

	/**
	 * The inbox paths whose content was received before, with the size and time they had then: a page in the order of
	 * the table's key, after the last path of the page before. Every row of inbox_seen names a content received_file
	 * holds ({@link IntakeRepository#saveAll} writes the two in one transaction, and a received file is never
	 * removed), so it is not asked again here: a probe of received_file per path is a random read in a table larger
	 * than the embedded database's row cache (seconds at national scale, see docs/performance.md).
	 */
	private static final String SEEN = "SELECT s.path, s.size_bytes, s.modified_at FROM inbox_seen s WHERE s.path > ? "
			+ "ORDER BY s.path FETCH FIRST " + SEEN_PAGE + " ROWS ONLY";

	/** A file the listing already knows it cannot take is stored as left for the next run, with why. */
	private static final String INSERT_RUN_FILE = "INSERT INTO run_file (run_id, position, path, size_bytes, modified_at, "
			+ "outcome, deferred_because) VALUES (?, ?, ?, ?, ?, ?, ?)";

	/**
	 * Whether the run's listing of the inbox is stored whole. Asked in a transaction of its own, like the listing's
	 * batches: under MVCC an open transaction that has read anything keeps every row version committed after it
	 * began in the heap, so the caller's transaction must not have started reading when the listing is stored.
	 */
	public boolean hasSnapshot(long runId) {
		return Boolean.TRUE.equals(ownTransaction.execute(status -> jdbc
			.sql("SELECT COUNT(*) FROM run_listing_done WHERE run_id = ?")
			.param(runId)
			.query(Long.class)
			.single() > 0));
	}

	/**
	 * Stores the run's listing of the inbox. A file whose path, size and time are those of a content already received
	 * is unchanged: it is only counted, so a re-run over an unchanged inbox stores no row per file and never touches
	 * the file again. What was seen before is read in one pass over inbox_seen, a page at a time, and matched in
	 * memory: an index probe per file cost more than the pass.
	 * <p>
	 * Each batch of a thousand files commits on its own, whatever transaction the caller is in: the embedded
	 * database keeps every row of an open transaction in the heap, which for a province's listing was tens of
	 * megabytes. The listing counts only once its last batch is in ({@link #hasSnapshot}), with the count of
	 * unchanged files; rows an interrupted listing left are removed first.
	 */
	public void saveSnapshot(long runId, List<InboxFile> files) {
		ownTransaction.executeWithoutResult(
				status -> jdbc.sql("DELETE FROM run_file WHERE run_id = ?").param(runId).update());
		java.util.BitSet unchanged = unchanged(files);
		List<Object[]> rows = new java.util.ArrayList<>(SNAPSHOT_BATCH);
		for (int i = 0; i < files.size(); i++) {
			InboxFile f = files.get(i);
			if (!unchanged.get(i)) {
				String deferral = f.deferral() == null ? null : f.deferral().name();
				rows.add(new Object[] { runId, f.position(), f.path(), f.size(), Timestamp.from(f.modified()),
						deferral == null ? null : Outcome.DEFERRED.name(), deferral });
			}
			if (rows.size() == SNAPSHOT_BATCH) {
				ownTransaction.executeWithoutResult(status -> batch(INSERT_RUN_FILE, rows));
				rows.clear();
			}
		}
		ownTransaction.executeWithoutResult(status -> {
			batch(INSERT_RUN_FILE, rows);
			jdbc.sql("INSERT INTO run_listing_done (run_id, files, unchanged) VALUES (?, ?, ?)")
				.params(runId, files.size(), unchanged.cardinality())
				.update();
		});
	}

	/** The indexes of the files whose path, size and time are those of a content already received. */
	private java.util.BitSet unchanged(List<InboxFile> files) {
		java.util.Map<String, Integer> byPath = new java.util.HashMap<>(files.size() * 2);
		for (int i = 0; i < files.size(); i++) {
			byPath.put(files.get(i).path(), i);
		}
		java.util.BitSet unchanged = new java.util.BitSet(files.size());
		String[] after = { "" };
		int[] read = new int[1];
		do {
			read[0] = 0;
			ownTransaction.executeWithoutResult(status -> template.query(SEEN, rs -> {
				read[0]++;
				after[0] = rs.getString(1);
				Integer i = byPath.get(after[0]);
				if (i != null && files.get(i).size() == rs.getLong(2)
						&& sameTime(rs.getTimestamp(3), files.get(i).modified())) {
					unchanged.set(i);
				}
			}, after[0]));
		}
		while (read[0] == SEEN_PAGE);
		return unchanged;
	}

	/**
	 * The databases keep a time to the microsecond (rounded or cut off) while a file system may give nanoseconds: a
	 * time stored from the file is the same time if it is less than a microsecond apart.
	 */
	private static boolean sameTime(Timestamp stored, java.time.Instant file) {
		return Math.abs(java.time.Duration.between(stored.toInstant(), file).toNanos()) < 1_000;
	}

	/**
	 * The run's files not yet processed, in processing order, from {@code afterPosition} on, at most a page of them:
	 * the listing of a whole province is not held in memory.
	 */
	public List<InboxFile> pending(long runId, int afterPosition) {
		// Ordered by the key's own columns: the embedded database then walks the key for a page, where ordered by
		// position alone it sorted every remaining row of the run for every page (a province's intake grew with the
		// square of its files).
		return jdbc.sql("SELECT position, path, size_bytes, modified_at FROM run_file WHERE run_id = ? "
				+ "AND position > ? AND outcome IS NULL ORDER BY run_id, position FETCH FIRST " + PAGE + " ROWS ONLY")
			.params(runId, afterPosition)
			.query((rs, n) -> new InboxFile(rs.getInt(1), rs.getString(2), rs.getLong(3),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	/** How far a run has come through its listing, by outcome. */
	public record Counts(long total, long done, long accepted, long rejected, long notForms, long unchanged,
			long deferred, long otherRound) {
	}

	public Counts counts(long runId) {
		java.util.Map<String, Long> byOutcome = new java.util.HashMap<>();
		// Unchanged files are counted by the listing, not stored (listings before V26 stored them as rows).
		jdbc.sql("SELECT COALESCE(outcome, ''), COUNT(*) FROM run_file WHERE run_id = ? GROUP BY outcome "
				+ "UNION ALL SELECT 'UNCHANGED', CAST(unchanged AS BIGINT) FROM run_listing_done WHERE run_id = ?")
			.params(runId, runId)
			.query((rs, n) -> byOutcome.merge(rs.getString(1), rs.getLong(2), Long::sum))
			.list();
		long total = byOutcome.values().stream().mapToLong(Long::longValue).sum();
		return new Counts(total, total - byOutcome.getOrDefault("", 0L), byOutcome.getOrDefault("ACCEPTED", 0L),
				byOutcome.getOrDefault("REJECTED", 0L), byOutcome.getOrDefault("NOT_FORM", 0L),
				byOutcome.getOrDefault("UNCHANGED", 0L), byOutcome.getOrDefault("DEFERRED", 0L),
				byOutcome.getOrDefault("OTHER_ROUND", 0L));
	}

	private void batch(String sql, List<Object[]> rows) {
		if (!rows.isEmpty()) {
			template.batchUpdate(sql, rows);
		}
	}
}
