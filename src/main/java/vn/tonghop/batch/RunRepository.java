package vn.tonghop.batch;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The consolidation runs: one row per run, its id the identifying parameter of its Batch job instance. */
@Repository
class RunRepository {

	private final JdbcClient jdbc;

	RunRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long create(String inbox) {
		long id = jdbc.sql("VALUES NEXT VALUE FOR run_id_seq").query(Long.class).single();
		jdbc.sql("INSERT INTO run (id, inbox, started_at, status, registry_hash) VALUES (?, ?, ?, 'STARTED', ?)")
			.params(id, inbox, Timestamp.from(Instant.now()), registryHash())
			.update();
		return id;
	}

	/** A checksum of the whole registry, so a run knows whether the tree changed since the previous one. */
	private String registryHash() {
		java.security.MessageDigest digest;
		try {
			digest = java.security.MessageDigest.getInstance("SHA-256");
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		jdbc.sql("SELECT code, name, type, parent_code, sector, valid_from, valid_to FROM org_unit ORDER BY code")
			.query((rs, n) -> {
				for (int c = 1; c <= 7; c++) {
					digest.update(String.valueOf(rs.getObject(c)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
					digest.update((byte) 0);
				}
				return null;
			})
			.list();
		return java.util.HexFormat.of().formatHex(digest.digest());
	}

	void finish(long id, String status) {
		jdbc.sql("UPDATE run SET status = ?, finished_at = ? WHERE id = ?")
			.params(status, Timestamp.from(Instant.now()), id)
			.update();
	}

	/** The runs that failed after the latest completed one, oldest first: their outputs are still owed. */
	java.util.List<Long> failedSinceLastCompleted() {
		return jdbc.sql("SELECT id FROM run WHERE status = 'FAILED' AND id > (SELECT COALESCE(MAX(id), 0) FROM run "
				+ "WHERE status = 'COMPLETED') ORDER BY id")
			.query(Long.class)
			.list();
	}

	/** The latest run before {@code runId} that completed (its outputs were written); 0 when there is none. */
	long lastCompletedBefore(long runId) {
		return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM run WHERE status = 'COMPLETED' AND id < ?")
			.param(runId)
			.query(Long.class)
			.single();
	}

	record Run(long id, String inbox, Instant startedAt, Instant finishedAt, String status) {
	}

	Optional<Run> find(long id) {
		return jdbc.sql("SELECT id, inbox, started_at, finished_at, status FROM run WHERE id = ?")
			.param(id)
			.query((rs, n) -> new Run(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
					rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), rs.getString(5)))
			.optional();
	}
}
