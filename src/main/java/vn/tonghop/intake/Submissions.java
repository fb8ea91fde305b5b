package vn.tonghop.intake;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tonghop.system.Database;

/**
 * The accepted submissions of a round as the roll-up, completeness and reports read them (tables submission and
 * submission_figures, written by {@link IntakeRepository#saveAll} with the rest of a file's outcome): streamed in unit
 * order a page at a time.
 */
@Repository
public class Submissions {

	private static final int PAGE = 500;

	/**
	 * A submission's figures, as a column of a query over submission: looked up by its id beside the row, which
	 * keeps each query's plan over submission's own indexes (a page walks the index in unit order).
	 */
	private static final String FIGURES = "(SELECT f.figures FROM submission_figures f WHERE f.submission_id = "
			+ "submission.id)";

	private final JdbcClient jdbc;

	private final Database database;

	Submissions(JdbcClient jdbc, Database database) {
		this.jdbc = jdbc;
		this.database = database;
	}

	/** A unit's current submission, as the roll-up reads it. */
	public record CurrentSubmission(String unitCode, String figures) {
	}

	/**
	 * Streams the current submissions in unit order, a page at a time (the embedded database materialises a result
	 * set in memory, so one query over every submission would grow with their number).
	 */
	public Stream<CurrentSubmission> currentSubmissions(String roundCode) {
		return byUnit("round_code = ? AND is_current", roundCode);
	}

	/** The submissions current now that were not current when run {@code runId} rolled up: received after it. */
	public Stream<CurrentSubmission> currentSince(String roundCode, long runId) {
		return byUnit("round_code = ? AND is_current AND counted_from > ?", roundCode, runId);
	}

	/**
	 * About how many submissions {@link #currentSince} would stream, without reading the round's other rows: those
	 * the round's runs after {@code runId} stored that are still current (files a lock held and released since are
	 * left out). A count to choose the quicker way by, not to sum by.
	 */
	public long countCurrentSince(String roundCode, long runId) {
		return jdbc.sql("SELECT COUNT(*) FROM submission s JOIN run r ON r.id = s.run_id WHERE r.round_code = ? AND "
				+ "r.id > ? AND s.is_current")
			.params(roundCode, runId)
			.query(Long.class)
			.single();
	}

	/** The submissions current when run {@code runId} rolled up that a later file of their unit has replaced. */
	public Stream<CurrentSubmission> supersededSince(String roundCode, long runId) {
		return byUnit("round_code = ? AND counted_from <= ? AND superseded_in > ?", roundCode, runId, runId);
	}

	/**
	 * Submissions meeting {@code condition} (a fixed fragment of this class, at most one row per unit), in unit
	 * order, a page at a time.
	 */
	private Stream<CurrentSubmission> byUnit(String condition, Object... parameters) {
		return paged("unit_code, " + FIGURES, condition,
				(rs, n) -> new CurrentSubmission(rs.getString(1), rs.getString(2)), CurrentSubmission::unitCode,
				parameters);
	}

	/**
	 * A unit's current submission for checks that compare units (W7), which name its file only when they find
	 * something ({@link ReceivedContents#currentFiles}).
	 *
	 * @param figures the stored figures of the indicators the form's year-over-year check reads, or, for a submission
	 * stored before those were kept apart, all its figures: {@link Figures#decode(String, vn.tonghop.form.Form,
	 * java.util.Set)} reads either
	 */
	public record CurrentContent(String unitCode, String figures) {
	}

	/** The round's current submissions' figures for W7, in unit order, a page at a time. */
	public Stream<CurrentContent> currentContents(String roundCode) {
		return paged("unit_code, COALESCE(outlier_figures, " + FIGURES + ")", "round_code = ? AND is_current",
				(rs, n) -> new CurrentContent(rs.getString(1), rs.getString(2)),
				CurrentContent::unitCode, roundCode);
	}

	private <T> Stream<T> paged(String columns, String condition, org.springframework.jdbc.core.RowMapper<T> rows,
			java.util.function.Function<T, String> unitOf, Object... parameters) {
		java.util.function.Function<String, List<T>> pageAfter = after -> {
			Object[] all = java.util.Arrays.copyOf(parameters, parameters.length + 1);
			all[parameters.length] = after;
			// Every condition fixes round_code: ordering by the index's own columns lets the embedded database walk
			// the index for a page; ordered by unit_code alone it sorted every matching row for every page, which made
			// reading all current submissions (W7, a roll-up from scratch) grow with the square of their number.
			return jdbc.sql("SELECT " + columns + " FROM submission WHERE " + condition + " AND unit_code > ? "
					+ "ORDER BY round_code, unit_code FETCH FIRST " + PAGE + " ROWS ONLY")
				.params(all)
				.query(rows)
				.list();
		};
		java.util.Iterator<T> pages = new java.util.Iterator<>() {
			private List<T> page = pageAfter.apply("");

			private int next;

			@Override
			public boolean hasNext() {
				if (next == page.size() && page.size() == PAGE) {
					page = pageAfter.apply(unitOf.apply(page.get(PAGE - 1)));
					next = 0;
				}
				return next < page.size();
			}

			@Override
			public T next() {
				if (!hasNext()) {
					throw new java.util.NoSuchElementException();
				}
				return page.get(next++);
			}
		};
		return java.util.stream.StreamSupport.stream(
				java.util.Spliterators.spliteratorUnknownSize(pages, java.util.Spliterator.ORDERED), false);
	}

	/** The units of the given type in the tree without a current accepted submission. */
	public java.util.Set<String> grassrootsWithoutCurrentSubmission(String roundCode, vn.tonghop.orgunit.OrgTree tree,
			String grassrootsType) {
		java.util.Set<String> missing = new java.util.HashSet<>();
		tree.units().stream().filter(u -> u.type().equals(grassrootsType)).forEach(u -> missing.add(u.code()));
		// The units with a current submission, a page at a time along the index: the many are never held at once.
		try (Stream<String> current = paged("unit_code", "round_code = ? AND is_current", (rs, n) -> rs.getString(1),
				java.util.function.Function.identity(), roundCode)) {
			current.forEach(missing::remove);
		}
		return missing;
	}

	/**
	 * The units with a returned file in the round and no current accepted submission there: they sent, but nothing
	 * counts yet.
	 */
	public java.util.Set<String> unitsReturnedWithoutAccepted(String roundCode) {
		return new java.util.HashSet<>(jdbc.sql("SELECT DISTINCT unit_code FROM received_file rf JOIN run r ON r.id = "
				+ "rf.run_id WHERE r.round_code = ? AND rf.status <> 'ACCEPTED' AND rf.unit_code IS NOT NULL AND NOT "
				+ "EXISTS (SELECT 1 FROM submission s WHERE s.unit_code = rf.unit_code AND s.is_current AND "
				+ "s.round_code = r.round_code)")
			.param(roundCode)
			.query(String.class)
			.list());
	}

	/**
	 * The CĐCS whose rows may have changed since the round's previous run: an accepted file in the run, or held
	 * files released since (they count from a mark between the two runs).
	 */
	public List<String> unitsReceivedIn(long runId) {
		return jdbc.sql("SELECT DISTINCT unit_code FROM submission s WHERE run_id = ? OR (counted_from <= ? AND "
				+ "counted_from > (SELECT COALESCE(MAX(r.id), 0) FROM run r WHERE r.id < ? AND r.round_code = "
				+ "s.round_code) AND counted_from <> run_id)")
			.params(runId, runId, runId)
			.query(String.class)
			.list();
	}

	/** The CĐCS of the round with accepted files held by a lock (received, not counted). */
	public List<String> heldUnits(String roundCode) {
		return jdbc.sql("SELECT DISTINCT unit_code FROM submission WHERE round_code = ? AND held ORDER BY unit_code")
			.param(roundCode)
			.query(String.class)
			.list();
	}

	/**
	 * Releases the held files of the given CĐCS: the latest of each becomes its current submission, from a run mark
	 * above every run so far and below the next (the incremental roll-up then takes back the one it replaces and
	 * adds it, exactly as for a file received by that run).
	 */
	public void release(String roundCode, List<String> unitCodes) {
		if (unitCodes.isEmpty()) {
			return;
		}
		long mark = database.nextValue("run_id_seq");
		for (String unit : unitCodes) {
			long latest = jdbc.sql("SELECT MAX(id) FROM submission WHERE round_code = ? AND unit_code = ? AND held")
				.params(roundCode, unit)
				.query(Long.class)
				.single();
			jdbc.sql("UPDATE submission SET is_current = FALSE, superseded_in = ? WHERE round_code = ? AND "
					+ "unit_code = ? AND is_current").params(mark, roundCode, unit).update();
			jdbc.sql("UPDATE submission SET held = FALSE, counted_from = ?, is_current = (id = CAST(? AS BIGINT)), "
					+ "superseded_in = CASE WHEN id = CAST(? AS BIGINT) THEN NULL ELSE CAST(? AS BIGINT) END WHERE "
					+ "round_code = ? AND unit_code = ? AND held")
				.params(mark, latest, latest, mark, roundCode, unit)
				.update();
		}
	}

	/** When each unit's current file of the round arrived (dropped into the inbox or uploaded), by unit code. */
	public java.util.Map<String, java.time.Instant> currentArrivals(String roundCode) {
		java.util.Map<String, java.time.Instant> arrivals = new java.util.HashMap<>();
		jdbc.sql("SELECT s.unit_code, rf.received_at FROM submission s JOIN received_file rf ON rf.sha256 = s.sha256 "
				+ "WHERE s.round_code = ? AND s.is_current")
			.param(roundCode)
			.query((rs, n) -> arrivals.put(rs.getString(1), rs.getTimestamp(2).toInstant()))
			.list();
		return arrivals;
	}

	/** The figures of a unit's current submission in the round, as stored. */
	public Optional<String> currentSubmission(String roundCode, String unitCode) {
		return jdbc.sql("SELECT " + FIGURES + " FROM submission WHERE round_code = ? AND unit_code = ? AND is_current")
			.params(roundCode, unitCode)
			.query(String.class)
			.optional();
	}
}
