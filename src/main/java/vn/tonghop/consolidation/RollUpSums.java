package vn.tonghop.consolidation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sums of the latest roll-up, kept so the next one over the same registry and form adds only what changed.
 * Only one roll-up's sums are kept: each roll-up replaces them in its own transaction.
 */
@Repository
class RollUpSums {

	private static final int BATCH = 100;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	RollUpSums(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** The latest run before {@code runId} whose sums were kept on the same basis. */
	Optional<Long> base(long runId, String basis) {
		return jdbc.sql("SELECT MAX(run_id) FROM rollup_sums WHERE run_id < ? AND basis = ?")
			.params(runId, basis)
			.query(Long.class)
			.optional();
	}

	/** Loads the sums kept by run {@code runId} into the roll-up. */
	void loadInto(long runId, RollUp rollUp) {
		jdbc.sql("SELECT unit_code, year_no, sums FROM rollup_sums WHERE run_id = ?")
			.param(runId)
			.query((java.sql.ResultSet rs) -> rollUp.load(rs.getString(1), rs.getInt(2), YearSums.decode(rs.getString(3))));
	}

	/**
	 * Replaces the kept sums of the run's round with those of run {@code runId}, encoding a batch of rows at a time (a
	 * row is a few kilobytes of text; all of them at once would be megabytes at 500 districts). Each round keeps its
	 * own: a night runs every open round, and each starts from its own previous run.
	 */
	void replaceWith(long runId, String roundCode, String basis, Map<String, Map<Integer, YearSums>> sums) {
		jdbc.sql("DELETE FROM rollup_sums WHERE run_id IN (SELECT id FROM run WHERE round_code = ?)")
			.param(roundCode)
			.update();
		List<Object[]> rows = new ArrayList<>();
		for (Map.Entry<String, Map<Integer, YearSums>> unit : sums.entrySet()) {
			unit.getValue()
				.forEach((year, yearSums) -> rows.add(new Object[] { runId, unit.getKey(), year, basis, yearSums.encode() }));
			if (rows.size() >= BATCH) {
				insert(rows);
			}
		}
		insert(rows);
	}

	private void insert(List<Object[]> rows) {
		if (!rows.isEmpty()) {
			template.batchUpdate("INSERT INTO rollup_sums (run_id, unit_code, year_no, basis, sums) VALUES (?, ?, ?, ?, ?)",
					rows);
			rows.clear();
		}
	}
}
