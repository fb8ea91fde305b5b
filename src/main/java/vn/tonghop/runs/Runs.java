package vn.tonghop.runs;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tonghop.system.Database;

/**
 * The consolidation runs (table {@code run}), one row per run, its id the identifying parameter of its Batch job
 * instance. A run consolidates one round. The one place that answers "which run of a round is the latest completed
 * one" and "did the registry change since".
 */
@Repository
public class Runs {

	/** One run as stored; {@code registryVersion} is null for runs made before it was recorded. */
	public record Run(long id, String roundCode, String inbox, Instant startedAt, Instant finishedAt, String status,
			Long registryVersion) {

		public boolean isRunning() {
			return "STARTED".equals(status);
		}
	}

	private static final String COLUMNS = "id, round_code, inbox, started_at, finished_at, status, registry_version";

	private final JdbcClient jdbc;

	private final Database database;

	Runs(JdbcClient jdbc, Database database) {
		this.jdbc = jdbc;
		this.database = database;
	}

	/** A new run of a round, STARTED, over the registry at the given version ({@code OrgRegistry.versionedTree()}). */
	public long create(String roundCode, String inbox, long registryVersion) {
		long id = database.nextValue("run_id_seq");
		jdbc.sql("INSERT INTO run (id, round_code, inbox, started_at, status, registry_hash, registry_version) "
				+ "VALUES (?, ?, ?, ?, 'STARTED', '', ?)")
			.params(id, roundCode, inbox, Timestamp.from(Instant.now()), registryVersion)
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

	/** The latest runs of a round, newest first. */
	public List<Run> recent(String roundCode, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM run WHERE round_code = ? ORDER BY id DESC FETCH FIRST "
				+ Math.max(1, limit) + " ROWS ONLY").param(roundCode).query(Runs::run).list();
	}

	/** The latest run of the round that completed (its outputs were written). */
	public Optional<Long> latestCompleted(String roundCode) {
		return jdbc.sql("SELECT MAX(id) FROM run WHERE status = 'COMPLETED' AND round_code = ?")
			.param(roundCode)
			.query(Long.class)
			.optional();
	}

	/** Every completed run of the round, newest first. */
	public List<Long> completedNewestFirst(String roundCode) {
		return jdbc.sql("SELECT id FROM run WHERE status = 'COMPLETED' AND round_code = ? ORDER BY id DESC")
			.param(roundCode)
			.query(Long.class)
			.list();
	}

	/** The latest run of the same round before {@code runId} that completed; 0 when there is none. */
	public long lastCompletedBefore(long runId) {
		return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM run WHERE status = 'COMPLETED' AND id < ? AND round_code = "
				+ "(SELECT round_code FROM run WHERE id = ?)")
			.params(runId, runId)
			.query(Long.class)
			.single();
	}

	/**
	 * The runs that failed, or were stopped with the application, after the latest completed one of their round,
	 * oldest first: their outputs are still owed.
	 */
	public List<Long> unfinishedSinceLastCompleted() {
		return jdbc.sql("SELECT id FROM run r WHERE status IN ('FAILED', 'STOPPED') AND id > (SELECT COALESCE(MAX(id), "
				+ "0) FROM run c WHERE c.status = 'COMPLETED' AND c.round_code = r.round_code) ORDER BY id")
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
		long version = rs.getLong(7);
		boolean noVersion = rs.wasNull();
		return new Run(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
				rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), rs.getString(6),
				noVersion ? null : version);
	}
}
