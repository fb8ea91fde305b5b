package vn.tonghop.intake;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.tonghop.finding.Finding;
import vn.tonghop.system.Database;
import vn.tonghop.system.FaultPoints;

/**
 * What a run received (received_file, finding, duplicate_file; the submission, submission_figures, run_file and
 * inbox_seen rows of a file's outcome). {@link #saveAll} runs in the caller's transaction that marks the files done: a
 * crash leaves a file wholly processed or not at all. Listing: {@link InboxListing}; submissions: {@link Submissions}.
 */
@Repository
public class IntakeRepository {

	/** Separates message arguments in one column; a control character no one types into a cell. */
	static final String ARG_SEPARATOR = "\u001F";

	private final JdbcClient jdbc;

	private final Database database;

	private final JdbcTemplate template;

	private final FaultPoints faults;

	private final ReceivedContents contents;

	IntakeRepository(JdbcClient jdbc, Database database, JdbcTemplate template, FaultPoints faults,
			ReceivedContents contents) {
		this.faults = faults;
		this.contents = contents;
		this.jdbc = jdbc;
		this.database = database;
		this.template = template;
	}

	/**
	 * Stores a chunk of outcomes with one batch per statement. Of two files with the same content only the first is
	 * new; of two accepted files of one unit, the later one is current. An accepted file of a unit {@code heldUnits}
	 * names (under a lock) is stored held: kept and shown, current only once released. The figures of the indicators
	 * {@code outlierCodes} names (the form's year-over-year check) are also stored apart, for that check to read. A
	 * path is seen (inbox_seen) only with a content received_file holds: the next listing trusts it without asking.
	 */
	public void saveAll(long runId, String roundCode, List<FileOutcome> outcomes,
			java.util.function.Predicate<String> heldUnits, java.util.Set<String> outlierCodes) {
		java.util.Set<String> seenInChunk = new java.util.HashSet<>();
		java.util.Map<String, Integer> lastAccepted = new java.util.HashMap<>();
		List<FileOutcome> effective = new java.util.ArrayList<>();
		java.util.Set<String> known = contents.knownAmong(
				outcomes.stream().filter(o -> o.outcome().isNew()).map(FileOutcome::sha256).distinct().toList());
		for (FileOutcome o : outcomes) {
			boolean duplicate = o.outcome().isNew() && (!seenInChunk.add(o.sha256()) || known.contains(o.sha256()));
			FileOutcome e = duplicate ? o.withOutcome(Outcome.UNCHANGED) : o;
			if (e.outcome() == Outcome.ACCEPTED) {
				lastAccepted.put(e.unitCode(), effective.size());
			}
			effective.add(e);
		}
		// The rows of each statement's batch.
		List<Object[]> runFiles = new ArrayList<>(), seen = new ArrayList<>(), received = new ArrayList<>(),
				superseded = new ArrayList<>(), submissions = new ArrayList<>(), figures = new ArrayList<>(),
				findings = new ArrayList<>(), duplicates = new ArrayList<>();
		for (int i = 0; i < effective.size(); i++) {
			FileOutcome o = effective.get(i);
			runFiles.add(new Object[] { o.outcome().name(), o.sha256(), java.util.Objects.toString(o.deferral(), null),
					runId, o.runPosition() });
			if (o.outcome() == Outcome.OTHER_ROUND) {
				// Not seen for this path either: the run of its own round must read it, not pass it by as unchanged.
				continue;
			}
			if (o.sha256() != null) {
				seen.add(new Object[] { o.path(), o.size(), Timestamp.from(o.modified()), o.sha256() });
			}
			if (o.outcome() == Outcome.UNCHANGED && o.sha256() != null) {
				duplicates.add(new Object[] { o.path(), o.sha256(), runId, Timestamp.from(o.modified()), o.size(),
						o.path(), o.sha256(), o.sha256(), o.path() });
			}
			if (!o.outcome().isNew()) {
				continue;
			}
			faults.failIfChosen("storeUnit", o.unitCode() == null ? null : o.path());
			received.add(new Object[] { o.sha256(), o.path(), o.archivePath(), o.size(), runId,
					Timestamp.from(o.modified()), o.outcome().name(), o.unitCode() });
			if (o.outcome() == Outcome.ACCEPTED) {
				faults.failIfChosen("store", o.path());
				boolean held = heldUnits.test(o.unitCode());
				boolean current = !held && lastAccepted.get(o.unitCode()) == i;
				if (current) {
					superseded.add(new Object[] { runId, roundCode, o.unitCode() });
				}
				submissions.add(new Object[] { roundCode, o.unitCode(), o.sha256(), runId, current, held, runId,
						o.formVersion(),
						outlierCodes.isEmpty() ? null : Figures.encode(o.figures(), outlierCodes::contains) });
				figures.add(new Object[] { o.sha256(), Figures.encode(o.figures()) });
			}
			for (int f = 0; f < o.findings().size(); f++) {
				Finding x = o.findings().get(f);
				findings.add(new Object[] { o.sha256(), f, x.severity().name(), x.code(), x.sheet(), x.cell(),
						x.indicator(), x.year(), x.key(), String.join(ARG_SEPARATOR, x.args()) });
			}
		}
		batch("UPDATE run_file SET outcome = ?, sha256 = ?, deferred_because = ? WHERE run_id = ? AND position = ?",
				runFiles);
		batch("MERGE INTO inbox_seen s USING (VALUES (CAST(? AS VARCHAR(2000)), CAST(? AS BIGINT), "
				+ "CAST(? AS TIMESTAMP), CAST(? AS CHAR(64)))) v (path, size_bytes, modified_at, sha256) "
				+ "ON s.path = v.path WHEN MATCHED THEN UPDATE SET size_bytes = v.size_bytes, "
				+ "modified_at = v.modified_at, sha256 = v.sha256 WHEN NOT MATCHED THEN INSERT VALUES "
				+ "(v.path, v.size_bytes, v.modified_at, v.sha256)", seen);
		batch("INSERT INTO received_file (sha256, file_name, archive_path, size_bytes, run_id, received_at, status, "
				+ "unit_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", received);
		faults.reach("write");
		batch("UPDATE submission SET is_current = FALSE, superseded_in = ? WHERE round_code = ? AND unit_code = ? AND "
				+ "is_current", superseded);
		batch("INSERT INTO submission (id, round_code, unit_code, sha256, run_id, is_current, held, counted_from, "
				+ "form_version, outlier_figures) VALUES (" + database.nextValueOf("submission_id_seq")
				+ ", ?, ?, ?, ?, ?, ?, ?, ?, ?)", submissions);
		batch("INSERT INTO submission_figures (submission_id, figures) VALUES ((SELECT id FROM submission WHERE "
				+ "sha256 = ?), ?)", figures);
		batch(INSERT_DUPLICATE, duplicates);
		batch("INSERT INTO finding (sha256, position, severity, code, sheet, cell, indicator, year_no, message_key, "
				+ "message_args) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", findings);
	}

	private void batch(String sql, List<Object[]> rows) {
		if (!rows.isEmpty()) {
			template.batchUpdate(sql, rows);
		}
	}

	/**
	 * A content received before, met under a path of its own: recorded once per path and content, unless it is the
	 * path it was first received under (a file touched again, not a second file).
	 */
	private static final String INSERT_DUPLICATE = "INSERT INTO duplicate_file (path, sha256, run_id, received_at, "
			+ "size_bytes) SELECT ?, ?, ?, ?, ? FROM (VALUES (0)) AS one (x) WHERE NOT EXISTS (SELECT 1 FROM "
			+ "duplicate_file d WHERE d.path = ? AND d.sha256 = ?) AND NOT EXISTS (SELECT 1 FROM received_file r "
			+ "WHERE r.sha256 = ? AND r.file_name = ?)";

	/** A received file with its findings, for the outputs of the run that received it (files with findings only). */
	public record ReceivedFile(String sha256, String path, String archivePath, String status, String unitCode,
			List<Finding> findings) {

		/** A received file without findings, from the columns sha256, file_name, archive_path, status, unit_code. */
		static ReceivedFile of(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
			return new ReceivedFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					List.of());
		}

		ReceivedFile with(List<Finding> findings) {
			return new ReceivedFile(sha256, path, archivePath, status, unitCode, findings);
		}
	}

	/**
	 * The files received in the round's runs {@code afterRunId} (exclusive) to {@code runId} that have findings, with
	 * them, in file name order, handed over a page at a time: a province's night can bring tens of thousands of files
	 * with warnings, and neither they nor their findings are held all at once. Two queries a page (the files, then all
	 * their findings), not one a file. Each page still sorts the runs' files with findings (see PagedQueriesTest).
	 */
	public void forEachReceivedIn(String roundCode, long afterRunId, long runId,
			java.util.function.Consumer<ReceivedFile> out) {
		String lastName = "";
		String lastSha256 = "";
		while (true) {
			List<ReceivedFile> page = jdbc.sql("SELECT sha256, file_name, archive_path, status, unit_code FROM "
					+ "received_file rf WHERE run_id > ? AND run_id <= ? AND run_id IN (SELECT id FROM run WHERE "
					+ "round_code = ?) AND EXISTS (SELECT 1 FROM finding f WHERE f.sha256 = rf.sha256) AND "
					+ "(file_name > ? OR (file_name = ? AND sha256 > ?)) ORDER BY file_name, sha256 FETCH FIRST 500 "
					+ "ROWS ONLY")
				.params(afterRunId, runId, roundCode, lastName, lastName, lastSha256)
				.query(ReceivedFile::of)
				.list();
			if (page.isEmpty()) {
				return;
			}
			java.util.Map<String, List<Finding>> findings = new java.util.HashMap<>();
			java.util.Map<String, String> pathOf = new java.util.HashMap<>();
			page.forEach(r -> pathOf.put(r.sha256(), r.path()));
			String marks = String.join(", ", java.util.Collections.nCopies(page.size(), "?"));
			jdbc.sql("SELECT sha256, severity, code, sheet, cell, indicator, year_no, message_key, message_args "
					+ "FROM finding WHERE sha256 IN (" + marks + ") ORDER BY sha256, position")
				.params(page.stream().map(ReceivedFile::sha256).toList())
				.query((rs, n) -> findings.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>())
					.add(finding(rs, 2, pathOf.get(rs.getString(1)))))
				.list();
			page.forEach(r -> out.accept(r.with(findings.getOrDefault(r.sha256(), List.of()))));
			ReceivedFile last = page.get(page.size() - 1);
			lastName = last.path();
			lastSha256 = last.sha256();
		}
	}

	List<Finding> findings(String sha256, String path) {
		return jdbc.sql("SELECT severity, code, sheet, cell, indicator, year_no, message_key, message_args FROM finding "
				+ "WHERE sha256 = ? ORDER BY position")
			.param(sha256)
			.query((rs, n) -> finding(rs, 1, path))
			.list();
	}

	/** A finding from the columns severity … message_args, the first at {@code from}. */
	private static Finding finding(java.sql.ResultSet rs, int from, String path) throws java.sql.SQLException {
		String args = rs.getString(from + 7);
		return new Finding(vn.tonghop.finding.Severity.valueOf(rs.getString(from)), rs.getString(from + 1), path,
				rs.getString(from + 2), rs.getString(from + 3), rs.getString(from + 4),
				rs.getObject(from + 5) == null ? null : rs.getInt(from + 5), rs.getString(from + 6),
				args.isEmpty() ? List.of() : List.of(args.split(ARG_SEPARATOR, -1)));
	}

	/**
	 * What a round's reports' annex lists: its returned files not followed by a newer accepted file of their unit,
	 * and its current submissions (for their warnings), with their findings.
	 */
	public List<ReceivedFile> annexFiles(String roundCode) {
		return jdbc.sql("SELECT rf.sha256, rf.file_name, rf.archive_path, rf.status, rf.unit_code FROM received_file rf "
				+ "JOIN run r ON r.id = rf.run_id WHERE r.round_code = ? AND ((rf.status <> 'ACCEPTED' AND NOT EXISTS "
				+ "(SELECT 1 FROM submission s WHERE s.unit_code = rf.unit_code AND s.is_current AND s.round_code = "
				+ "r.round_code AND s.run_id > rf.run_id)) OR EXISTS (SELECT 1 FROM submission s WHERE s.sha256 = "
				+ "rf.sha256 AND s.is_current)) AND EXISTS (SELECT 1 FROM finding f WHERE f.sha256 = rf.sha256) ORDER "
				+ "BY rf.unit_code, rf.file_name")
			.param(roundCode)
			.query((rs, n) -> ReceivedFile.of(rs, n).with(findings(rs.getString(1), rs.getString(2))))
			.list();
	}

	/** Each unit's latest returned file of the round (by arrival); its findings only {@code withFindings} (a query
	 * per file, which counts alone do not need). */
	public java.util.Map<String, ReceivedFile> lastReturned(String roundCode, boolean withFindings) {
		java.util.Map<String, ReceivedFile> last = new java.util.HashMap<>();
		jdbc.sql("SELECT rf.sha256, rf.file_name, rf.archive_path, rf.status, rf.unit_code FROM received_file rf JOIN run "
				+ "r ON r.id = rf.run_id WHERE r.round_code = ? AND rf.status <> 'ACCEPTED' AND rf.unit_code IS NOT NULL "
				+ "ORDER BY rf.received_at, rf.file_name")
			.param(roundCode)
			.query(ReceivedFile::of)
			.list()
			.forEach(r -> last.put(r.unitCode(), r));
		if (withFindings) {
			last.replaceAll((unit, file) -> file.with(findings(file.sha256(), file.path())));
		}
		return last;
	}
}
