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
import vn.tonghop.system.DataDirectory;
import vn.tonghop.validation.Finding;

/**
 * The received files as staff see them: every file with its unit, time, status and findings, within the asker's
 * scope. A file is seen by the staff of the unit its form names and by those of the unit whose inbox folder it
 * came through (so a sender always sees why a file was returned). Files outside the scope are not found, whatever
 * the URL.
 */
@Service
public class ReceivedFiles {

	/** Files waiting in the inbox for the next run. */
	public static final String PENDING = "PENDING";

	/** An accepted file that a later accepted file of its unit replaced. */
	public static final String SUPERSEDED = "SUPERSEDED";

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
	 * @param inboxUnit the unit whose inbox folder the file came through, if any
	 */
	public record FileRow(String sha256, Long uploadId, String path, String unitCode, String inboxUnit, Instant at,
			String status,
			int errors, int warnings) {
	}

	public record FileDetail(FileRow file, List<Finding> findings, Path archived) {
	}

	private static final String INBOX_UNIT = "CASE WHEN LOCATE('/', rf.file_name) > 0 THEN SUBSTRING(rf.file_name, 1, "
			+ "LOCATE('/', rf.file_name) - 1) END";

	private static final String ROWS = "SELECT rf.sha256, CAST(NULL AS BIGINT) AS upload_id, rf.file_name AS path, "
			+ "rf.unit_code, " + INBOX_UNIT + " AS inbox_unit, rf.received_at AS at_time, "
			+ "CASE WHEN rf.status = 'ACCEPTED' AND NOT s.is_current THEN '" + SUPERSEDED + "' ELSE rf.status END "
			+ "AS status, (SELECT COUNT(*) FROM finding f WHERE f.sha256 = rf.sha256 AND f.severity = 'ERROR') AS errors, "
			+ "(SELECT COUNT(*) FROM finding f WHERE f.sha256 = rf.sha256 AND f.severity <> 'ERROR') AS warnings "
			+ "FROM received_file rf LEFT JOIN submission s ON s.sha256 = rf.sha256";

	private static final String PENDING_ROWS = "SELECT CAST(NULL AS CHAR(64)) AS sha256, u.id AS upload_id, "
			+ "u.inbox_path AS path, u.unit_code, u.unit_code AS inbox_unit, u.uploaded_at AS at_time, '" + PENDING + "' AS status, 0 AS errors, "
			+ "0 AS warnings FROM upload u WHERE NOT EXISTS (SELECT 1 FROM received_file r WHERE r.sha256 = u.sha256)";

	private final JdbcClient jdbc;

	private final IntakeRepository intake;

	private final DataDirectory dataDirectory;

	ReceivedFiles(JdbcClient jdbc, IntakeRepository intake, DataDirectory dataDirectory) {
		this.jdbc = jdbc;
		this.intake = intake;
		this.dataDirectory = dataDirectory;
	}

	/**
	 * One page of files in scope, optionally of one unit's subtree and one status.
	 *
	 * @param unitCode a unit in scope, or null for the whole scope
	 * @param status an {@link Outcome}, {@link #PENDING} or {@link #SUPERSEDED}, or null for all
	 */
	public List<FileRow> list(Scope scope, String unitCode, String status, Sort sort, int page) {
		List<String> codes = codesOf(scope, unitCode);
		StringBuilder sql = new StringBuilder("SELECT * FROM (").append(ROWS).append(" UNION ALL ")
			.append(PENDING_ROWS).append(") x WHERE 1 = 1");
		Map<String, Object> params = new java.util.HashMap<>();
		if (codes != null) {
			sql.append(" AND (unit_code IN (:codes) OR inbox_unit IN (:codes))");
			params.put("codes", codes.isEmpty() ? List.of("") : codes);
		}
		if (status != null) {
			sql.append(" AND status = :status");
			params.put("status", status);
		}
		sql.append(" ORDER BY ").append(sort.sql).append(" LIMIT ").append(PAGE_SIZE + 1)
			.append(" OFFSET ").append(Math.max(0, page) * PAGE_SIZE);
		return jdbc.sql(sql.toString()).params(params).query(ReceivedFiles::row).list();
	}

	/** A received file in scope, with its findings; empty when unknown or out of scope. */
	public Optional<FileDetail> find(Scope scope, String sha256) {
		return jdbc.sql(ROWS + " WHERE rf.sha256 = ?")
			.param(sha256)
			.query(ReceivedFiles::row)
			.optional()
			.filter(row -> visible(scope, row))
			.map(row -> new FileDetail(row, intake.findings(row.sha256(), row.path()), archived(row.sha256())));
	}

	/** Every file received for one unit, newest first. */
	public List<FileRow> history(Scope scope, String unitCode) {
		scope.require(unitCode);
		return jdbc.sql("SELECT * FROM (" + ROWS + " UNION ALL " + PENDING_ROWS + ") x WHERE unit_code = ? "
				+ "OR (unit_code IS NULL AND inbox_unit = ?) ORDER BY at_time DESC, path")
			.params(unitCode, unitCode)
			.query(ReceivedFiles::row)
			.list();
	}

	private Path archived(String sha256) {
		String relative = jdbc.sql("SELECT archive_path FROM received_file WHERE sha256 = ?").param(sha256)
			.query(String.class).single();
		return dataDirectory.archive().resolve(relative);
	}

	private static boolean visible(Scope scope, FileRow row) {
		return scope.isWholeTree() || scope.includes(row.unitCode()) || scope.includes(row.inboxUnit());
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
		return new FileRow(rs.getString("sha256"), rs.wasNull() ? null : upload, rs.getString("path"),
				rs.getString("unit_code"), rs.getString("inbox_unit"), rs.getTimestamp("at_time").toInstant(), rs.getString("status"),
				rs.getInt("errors"), rs.getInt("warnings"));
	}
}
