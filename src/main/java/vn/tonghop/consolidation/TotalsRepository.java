package vn.tonghop.consolidation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The consolidated figures of each run, one row per unit above the CĐCS (its ~300 figures as text, see
 * {@link UnitTotalsText}). One row per figure made a province's roll-up insert 151.000 rows in one transaction, and
 * HSQLDB holds every row of an open transaction in the heap: that was the largest live set of a 50.000-form run.
 * Writing a run's totals replaces them, so a re-done roll-up is idempotent.
 */
@Repository
public class TotalsRepository {

	/** Units per batch: a unit's row is a few kilobytes of text. */
	private static final int BATCH = 50;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	TotalsRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public void deleteRun(long runId) {
		jdbc.sql("DELETE FROM unit_total WHERE run_id = ?").param(runId).update();
	}

	/**
	 * A sink that writes totals of the run in batches; the rows of one unit must come one after another. Call
	 * {@link Writer#flush()} at the end.
	 */
	public Writer writer(long runId) {
		return new Writer(runId);
	}

	public final class Writer implements Consumer<Total> {

		private final long runId;

		private final List<Total> unit = new ArrayList<>();

		private final List<Object[]> pending = new ArrayList<>();

		private Writer(long runId) {
			this.runId = runId;
		}

		@Override
		public void accept(Total total) {
			if (!unit.isEmpty() && !unit.get(0).unitCode().equals(total.unitCode())) {
				endUnit();
			}
			unit.add(total);
		}

		private void endUnit() {
			pending.add(new Object[] { runId, unit.get(0).unitCode(), UnitTotalsText.encode(unit) });
			unit.clear();
			if (pending.size() >= BATCH) {
				insertPending();
			}
		}

		public void flush() {
			if (!unit.isEmpty()) {
				endUnit();
			}
			insertPending();
		}

		private void insertPending() {
			if (!pending.isEmpty()) {
				template.batchUpdate("INSERT INTO unit_total (run_id, unit_code, figures) VALUES (?, ?, ?)", pending);
				pending.clear();
			}
		}
	}

	/** The units with totals in the run, in code order. */
	public List<String> unitsOfRun(long runId) {
		return jdbc.sql("SELECT unit_code FROM unit_total WHERE run_id = ? ORDER BY unit_code")
			.param(runId)
			.query(String.class)
			.list();
	}

	/** A unit's totals of the run in indicator then period order; empty when the run has none for it. */
	public List<Total> ofUnit(long runId, String unitCode) {
		return jdbc.sql("SELECT figures FROM unit_total WHERE run_id = ? AND unit_code = ?")
			.params(runId, unitCode)
			.query(String.class)
			.optional()
			.map(text -> UnitTotalsText.decode(unitCode, text))
			.orElse(List.of());
	}

	/** Every unit's totals of the run, a unit at a time, in unit code order. */
	public void forEachUnit(long runId, Consumer<List<Total>> out) {
		decodeEach(jdbc.sql("SELECT unit_code, figures FROM unit_total WHERE run_id = ? ORDER BY unit_code").param(runId),
				out);
	}

	/** The totals of the given units that have totals in the run, a unit at a time. */
	void forEachOf(long runId, List<String> unitCodes, Consumer<List<Total>> out) {
		if (unitCodes.isEmpty()) {
			return;
		}
		String marks = String.join(", ", java.util.Collections.nCopies(unitCodes.size(), "?"));
		List<Object> parameters = new ArrayList<>();
		parameters.add(runId);
		parameters.addAll(unitCodes);
		decodeEach(jdbc.sql("SELECT unit_code, figures FROM unit_total WHERE run_id = ? AND unit_code IN (" + marks
				+ ")").params(parameters), out);
	}

	/** Runs a query of (unit_code, figures) and hands over each row's totals. */
	private static void decodeEach(JdbcClient.StatementSpec query, Consumer<List<Total>> out) {
		query.query((java.sql.ResultSet rs) -> out.accept(UnitTotalsText.decode(rs.getString(1), rs.getString(2))));
	}
}
