package vn.tonghop.consolidation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The consolidated figures of each run. Writing a run's totals replaces them, so a re-done roll-up is idempotent. */
@Repository
public class TotalsRepository {

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	TotalsRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public void deleteRun(long runId) {
		jdbc.sql("DELETE FROM total WHERE run_id = ?").param(runId).update();
	}

	/** A sink that writes totals of the run in batches; call {@link Writer#flush()} at the end. */
	public Writer writer(long runId) {
		return new Writer(runId);
	}

	public final class Writer implements Consumer<Total> {

		private final long runId;

		private final List<Object[]> pending = new ArrayList<>();

		private Writer(long runId) {
			this.runId = runId;
		}

		@Override
		public void accept(Total total) {
			pending.add(new Object[] { runId, total.unitCode(), total.indicator(), total.period(), total.value() });
			if (pending.size() >= BATCH) {
				flush();
			}
		}

		public void flush() {
			if (!pending.isEmpty()) {
				template.batchUpdate("INSERT INTO total (run_id, unit_code, indicator, period, val) VALUES (?, ?, ?, ?, ?)",
						pending);
				pending.clear();
			}
		}
	}

	/** The units with totals in the run, in code order. */
	public List<String> unitsOfRun(long runId) {
		return jdbc.sql("SELECT DISTINCT unit_code FROM total WHERE run_id = ? ORDER BY unit_code")
			.param(runId)
			.query(String.class)
			.list();
	}

	public List<Total> ofUnit(long runId, String unitCode) {
		return jdbc.sql("SELECT unit_code, indicator, period, val FROM total WHERE run_id = ? AND unit_code = ? "
				+ "ORDER BY indicator, period")
			.params(runId, unitCode)
			.query((rs, n) -> new Total(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4)))
			.list();
	}
}
