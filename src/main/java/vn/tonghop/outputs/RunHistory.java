package vn.tonghop.outputs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** What the outputs need to know of earlier runs. */
@Component
class RunHistory {

	private final JdbcClient jdbc;

	RunHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The latest completed run before this one, if it consolidated over the same registry. */
	Optional<Long> previousWithSameRegistry(long runId) {
		return jdbc.sql("SELECT p.id FROM run p, run r WHERE r.id = ? AND p.id < r.id AND p.status = 'COMPLETED' "
				+ "AND p.registry_hash = r.registry_hash ORDER BY p.id DESC FETCH FIRST 1 ROWS ONLY")
			.param(runId)
			.query(Long.class)
			.optional()
			.filter(id -> id.equals(latestCompletedBefore(runId)));
	}

	private Long latestCompletedBefore(long runId) {
		return jdbc.sql("SELECT MAX(id) FROM run WHERE id < ? AND status = 'COMPLETED'").param(runId).query(Long.class)
			.optional()
			.orElse(null);
	}

	/** The CĐCS that got an accepted file in the run (their rows may have changed). */
	List<String> unitsWithNewSubmissions(long runId) {
		return jdbc.sql("SELECT DISTINCT unit_code FROM submission WHERE run_id = ?").param(runId).query(String.class)
			.list();
	}
}
