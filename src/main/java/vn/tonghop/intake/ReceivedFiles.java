package vn.tonghop.intake;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.orgunit.Scope;
import vn.tonghop.finding.Finding;

/**
 * The received files as staff see them: every file with its unit, time, sender, status and findings, within the
 * asker's scope. A file is seen by the staff of the unit its form names, by those of the unit whose inbox folder it
 * came through, and by the person who sent it (so a sender always sees why a file was returned, even one returned
 * as out of scope). Duplicates and uploads not yet taken keep rows of their own: nothing sent vanishes from the
 * lists. Files outside the scope are not found, whatever the URL.
 */
@Service
public class ReceivedFiles {

	/** Files waiting in the inbox for the next run. */
	public static final String PENDING = "PENDING";

	/** An accepted file that a later accepted file of its unit replaced. */
	public static final String SUPERSEDED = "SUPERSEDED";

	/** An accepted file of a CĐCS under a lock: kept and shown, counted only once the lock is reopened. */
	public static final String HELD = "HELD";

	/** A file whose content had been received before under another path. */
	public static final String DUPLICATE = "DUPLICATE";

	/** An upload its sender took back before any run took it. */
	public static final String WITHDRAWN = "WITHDRAWN";

	/** Every status a file can show, in the order the filter offers them. */
	public static final List<String> STATUSES = List.of(PENDING, Outcome.ACCEPTED.name(), HELD, SUPERSEDED,
			Outcome.REJECTED.name(), Outcome.NOT_FORM.name(), DUPLICATE, WITHDRAWN);

	public static final int PAGE_SIZE = 100;

	/** The sort orders offered; the SQL of each is fixed here, never taken from the request. */
	public enum Sort {
		NEWEST("at_time DESC, path"), OLDEST("at_time, path"), FILE("path, at_time DESC"), UNIT("unit_code, at_time DESC"),
		STATUS("status, at_time DESC");

		private final String sql;

		Sort(String sql) {
			this.sql = sql;
		}
	}

	/**
	 * A file; {@code sha256} is null and {@code uploadId} set for an upload not yet taken by a run.
	 *
	 * @param unitCode the unit the form names (null when unreadable)
	 * @param inboxUnit the first folder of the file's path, the unit whose inbox it came through if it names one
	 * @param sender who uploaded it through the web app; null for a file put into a folder by hand
	 * @param firstReceivedAt for a duplicate, when its content was first received
	 */
	public record FileRow(String sha256, Long uploadId, String path, String unitCode, String inboxUnit, Instant at,
			String status, int errors, int warnings, String sender, Instant firstReceivedAt) {

		/**
		 * Whether the file's own page can be opened from a list: a duplicate's content is the record of the file
		 * received first, which may lie outside the viewer's scope.
		 */
		public boolean hasPage() {
			return sha256 != null && !DUPLICATE.equals(status);
		}
	}

	public record FileDetail(FileRow file, List<Finding> findings, String archivePath) {
	}

	private static String inboxUnit(String column) {
		return "UPPER(CASE WHEN POSITION('/' IN " + column + ") > 0 THEN SUBSTRING(" + column + " FROM 1 FOR "
				+ "POSITION('/' IN " + column + ") - 1) END)";
	}

	private static final String ROWS = "SELECT rf.sha256, CAST(NULL AS BIGINT) AS upload_id, rf.file_name AS path, "
			+ "rf.unit_code, " + inboxUnit("rf.file_name") + " AS inbox_unit, rf.received_at AS at_time, "
			+ "CASE WHEN rf.status = 'ACCEPTED' AND s.held THEN '" + HELD + "' WHEN rf.status = 'ACCEPTED' AND NOT "
			+ "s.is_current THEN '" + SUPERSEDED + "' ELSE rf.status END "
			+ "AS status, (SELECT COUNT(*) FROM finding f WHERE f.sha256 = rf.sha256 AND f.severity = 'ERROR') AS errors, "
			+ "(SELECT COUNT(*) FROM finding f WHERE f.sha256 = rf.sha256 AND f.severity <> 'ERROR') AS warnings, "
			+ "(SELECT MIN(u.username) FROM upload u WHERE u.inbox_path = rf.file_name AND u.sha256 = rf.sha256) "
			+ "AS sender, CAST(NULL AS TIMESTAMP) AS first_at, r.round_code "
			+ "FROM received_file rf JOIN run r ON r.id = rf.run_id LEFT JOIN submission s ON s.sha256 = rf.sha256";

	private static final String DUPLICATE_ROWS = "SELECT d.sha256, CAST(NULL AS BIGINT) AS upload_id, d.path, "
			+ "rf.unit_code, " + inboxUnit("d.path") + " AS inbox_unit, d.received_at AS at_time, '" + DUPLICATE
			+ "' AS status, 0 AS errors, 0 AS warnings, (SELECT MIN(u.username) FROM upload u WHERE u.inbox_path = "
			+ "d.path AND u.sha256 = d.sha256) AS sender, rf.received_at AS first_at, r.round_code "
			+ "FROM duplicate_file d JOIN received_file rf ON rf.sha256 = d.sha256 JOIN run r ON r.id = d.run_id";

	/** Uploads no run has taken yet (neither received nor met as a duplicate under their path), or withdrawn. */
	private static final String PENDING_ROWS = "SELECT CAST(NULL AS CHAR(64)) AS sha256, u.id AS upload_id, "
			+ "u.inbox_path AS path, COALESCE(u.form_unit_code, u.unit_code) AS unit_code, "
			+ "UPPER(u.unit_code) AS inbox_unit, u.uploaded_at AS at_time, "
			+ "CASE WHEN u.withdrawn_at IS NULL THEN '" + PENDING + "' ELSE '" + WITHDRAWN + "' END AS status, "
			+ "0 AS errors, 0 AS warnings, u.username AS sender, CAST(NULL AS TIMESTAMP) AS first_at, "
			+ "CAST(NULL AS VARCHAR(64)) AS round_code FROM upload u WHERE " + UploadService.NOT_TAKEN;

	private static final String ALL_ROWS = "SELECT * FROM (" + ROWS + " UNION ALL " + DUPLICATE_ROWS + " UNION ALL "
			+ PENDING_ROWS + ") x";

	private final JdbcClient jdbc;

	private final IntakeRepository intake;

	private final Archive archive;

	ReceivedFiles(JdbcClient jdbc, IntakeRepository intake, Archive archive) {
		this.jdbc = jdbc;
		this.intake = intake;
		this.archive = archive;
	}

	/**
	 * One page of the round's files in scope (and of the uploads no run has taken yet, which belong to no round so
	 * far), optionally of one unit's subtree and one status.
	 *
	 * @param scope the person's scope in the round's tree
	 * @param unitCode a unit in scope, or null for the whole scope
	 * @param status an {@link Outcome}, {@link #PENDING} or {@link #SUPERSEDED}, or null for all
	 */
	public List<FileRow> list(Scope scope, String roundCode, String username, String unitCode, String status, Sort sort,
			int page) {
		StringBuilder sql = new StringBuilder(ALL_ROWS).append(" WHERE 1 = 1");
		Map<String, Object> params = new java.util.HashMap<>();
		filter(scope, roundCode, username, unitCode, sql, params);
		if (status != null) {
			sql.append(" AND status = :status");
			params.put("status", status);
		}
		sql.append(" ORDER BY ").append(sort.sql).append(" LIMIT ").append(PAGE_SIZE + 1)
			.append(" OFFSET ").append(Math.max(0, page) * PAGE_SIZE);
		return jdbc.sql(sql.toString()).params(params).query(ReceivedFiles::row).list();
	}

	/** How many files of the scope (as {@link #list} shows them) stand in each status. */
	public Map<String, Long> counts(Scope scope, String roundCode, String username) {
		StringBuilder sql = new StringBuilder("SELECT status, COUNT(*) FROM (").append(ALL_ROWS)
			.append(" WHERE 1 = 1");
		Map<String, Object> params = new java.util.HashMap<>();
		filter(scope, roundCode, username, null, sql, params);
		sql.append(") y GROUP BY status");
		Map<String, Long> counts = new java.util.HashMap<>();
		jdbc.sql(sql.toString()).params(params).query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
		return counts;
	}

	/**
	 * Files of the units in scope (by the unit the form names or the folder it came through), and every file the
	 * person sent, whatever became of it. With a unit given, only that unit's subtree.
	 */
	private static void filter(Scope scope, String roundCode, String username, String unitCode, StringBuilder sql,
			Map<String, Object> params) {
		sql.append(" AND (round_code = :round OR round_code IS NULL)");
		params.put("round", roundCode);
		List<String> codes = codesOf(scope, unitCode);
		if (codes != null) {
			sql.append(" AND (unit_code IN (:codes) OR inbox_unit IN (:upper)").append(unitCode == null
					? " OR sender = :username)" : ")");
			params.put("codes", codes.isEmpty() ? List.of("") : codes);
			params.put("upper", codes.isEmpty() ? List.of("")
					: codes.stream().map(c -> c.toUpperCase(java.util.Locale.ROOT)).toList());
			params.put("username", username == null ? "" : username);
		}
	}

	/**
	 * A received file in scope, or sent by the person under the path it was received by, with its findings; empty
	 * when unknown or out of scope. Sending the same bytes as a file received elsewhere opens nobody's record.
	 */
	public Optional<FileDetail> find(Scope scope, String roundCode, String username, String sha256) {
		return jdbc.sql("SELECT * FROM (" + ROWS + ") x WHERE sha256 = ? AND round_code = ?")
			.params(sha256, roundCode)
			.query(ReceivedFiles::row)
			.optional()
			.filter(row -> visible(scope, username, row))
			.map(row -> new FileDetail(row, intake.findings(row.sha256(), row.path()), archivePath(row.sha256())));
	}

	/**
	 * Every file of the round received for one unit (or through its folder), newest first, duplicates and uploads
	 * included.
	 */
	public List<FileRow> history(Scope scope, String roundCode, String unitCode) {
		scope.require(unitCode);
		return jdbc.sql(ALL_ROWS + " WHERE (unit_code = ? OR (unit_code IS NULL AND inbox_unit = ?)) AND (round_code = ? "
				+ "OR round_code IS NULL) ORDER BY at_time DESC, path")
			.params(unitCode, unitCode.toUpperCase(java.util.Locale.ROOT), roundCode)
			.query(ReceivedFiles::row)
			.list();
	}

	private String archivePath(String sha256) {
		return jdbc.sql("SELECT archive_path FROM received_file WHERE sha256 = ?").param(sha256)
			.query(String.class).single();
	}

	/** How many distinct files have been received, all rounds (each kept in the archive). */
	public long count() {
		return jdbc.sql("SELECT COUNT(*) FROM received_file").query(Long.class).single();
	}

	/** The file's bytes as received, from the archive. */
	public byte[] original(FileDetail detail) throws java.io.IOException {
		return archive.read(detail.archivePath(), detail.file().sha256());
	}

	private static boolean visible(Scope scope, String username, FileRow row) {
		return scope.isWholeTree() || scope.includes(row.unitCode())
				|| scope.tree().unitIgnoringCase(row.inboxUnit()).map(u -> scope.includes(u.code())).orElse(false)
				|| username != null && username.equals(row.sender());
	}

	/** The unit codes to filter on, or null for no filter (the whole tree). */
	private static List<String> codesOf(Scope scope, String unitCode) {
		if (unitCode == null || unitCode.isBlank()) {
			return scope.isWholeTree() ? null : scope.units().stream().map(OrgUnit::code).toList();
		}
		scope.require(unitCode);
		List<String> codes = new ArrayList<>();
		scope.tree().subtree(unitCode).forEach(u -> codes.add(u.code()));
		return codes;
	}

	private static FileRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		long upload = rs.getLong("upload_id");
		Long uploadId = rs.wasNull() ? null : upload;
		java.sql.Timestamp first = rs.getTimestamp("first_at");
		return new FileRow(rs.getString("sha256"), uploadId, rs.getString("path"), rs.getString("unit_code"),
				rs.getString("inbox_unit"), rs.getTimestamp("at_time").toInstant(), rs.getString("status"),
				rs.getInt("errors"), rs.getInt("warnings"), rs.getString("sender"),
				first == null ? null : first.toInstant());
	}
}
