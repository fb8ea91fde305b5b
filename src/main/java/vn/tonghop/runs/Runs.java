package vn.tonghop.runs;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The consolidation runs (table {@code run}), one row per run, its id the identifying parameter of its Batch job
 * instance. The one place that answers "which run is the latest completed one" and "did the registry change since".
 */
@Repository
public class Runs {

	/** One run as stored; {@code registryVersion} is null for runs made before it was recorded. */
	public record Run(long id, String inbox, Instant startedAt, Instant finishedAt, String status,
			Long registryVersion) {

		public boolean isRunning() {
			return "STARTED".equals(status);
		}
	}

	private static final String COLUMNS = "id, inbox, started_at, finished_at, status, registry_version";

	private final JdbcClient jdbc;

	Runs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new run, STARTED, over the registry at the given version ({@code OrgRegistry.versionedTree()}). */
	public long create(String inbox, long registryVersion) {
		long id = jdbc.sql("VALUES NEXT VALUE FOR run_id_seq").query(Long.class).single();
		jdbc.sql("INSERT INTO run (id, inbox, started_at, status, registry_hash, registry_version) "
				+ "VALUES (?, ?, ?, 'STARTED', '', ?)")
			.params(id, inbox, Timestamp.from(Instant.now()), registryVersion)
			.update();
		return id;
	}

	public void finish(long id, String status) {
		jdbc.sql("UPDATE run SET status = ?, finished_at = ? WHERE id = ?")
			.params(status, Timestamp.from(Instant.now()), id)
			.update();
	}

	public Optional<Run> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM run WHERE id = ?").param(id).query(Runs::run).optional();
	}

	/** The latest runs, newest first. */
	public List<Run> recent(int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM run ORDER BY id DESC FETCH FIRST " + Math.max(1, limit)
				+ " ROWS ONLY").query(Runs::run).list();
	}

	/** The latest run that completed (its outputs were written). */
	public Optional<Long> latestCompleted() {
		return jdbc.sql("SELECT MAX(id) FROM run WHERE status = 'COMPLETED'").query(Long.class).optional();
	}

	/** Every completed run, newest first. */
	public List<Long> completedNewestFirst() {
		return jdbc.sql("SELECT id FROM run WHERE status = 'COMPLETED' ORDER BY id DESC").query(Long.class).list();
	}

	/** The latest run before {@code runId} that completed; 0 when there is none. */
	public long lastCompletedBefore(long runId) {
		return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM run WHERE status = 'COMPLETED' AND id < ?")
			.param(runId)
			.query(Long.class)
			.single();
	}

	/** The runs that failed after the latest completed one, oldest first: their outputs are still owed. */
	public List<Long> failedSinceLastCompleted() {
		return jdbc.sql("SELECT id FROM run WHERE status = 'FAILED' AND id > (SELECT COALESCE(MAX(id), 0) FROM run "
				+ "WHERE status = 'COMPLETED') ORDER BY id")
			.query(Long.class)
			.list();
	}

	/**
	 * The latest completed run before this one, when it consolidated over the same registry version (so its
	 * outputs can be reused): empty when the registry changed, or a later run completed in between.
	 */
	public Optional<Long> previousWithSameRegistry(long runId) {
		long previous = lastCompletedBefore(runId);
		if (previous == 0) {
			return Optional.empty();
		}
		Optional<Long> before = find(previous).map(Run::registryVersion);
		Optional<Long> now = find(runId).map(Run::registryVersion);
		return before.isPresent() && before.equals(now) ? Optional.of(previous) : Optional.empty();
	}

	private static Run run(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		long version = rs.getLong(6);
		return new Run(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
				rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), rs.getString(5),
				rs.wasNull() ? null : version);
	}
}
