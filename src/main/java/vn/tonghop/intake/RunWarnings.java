package vn.tonghop.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.tonghop.finding.Finding;
import vn.tonghop.finding.Severity;

/**
 * The warnings a run finds by comparing the current submissions with each other (W7), table {@code run_warning}:
 * stored per run, replaced when a restarted run computes them again, and read back for that run's findings.csv, a
 * file's page and the report's annex.
 */
@Repository
public class RunWarnings {

	/** A warning about the current submission of {@code unitCode}, whose file's content is {@code sha256}. */
	public record Warning(String sha256, String unitCode, Finding finding) {
	}

	private final JdbcClient jdbc;

	RunWarnings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public void replace(long runId, List<Warning> warnings) {
		jdbc.sql("DELETE FROM run_warning WHERE run_id = ?").param(runId).update();
		for (int i = 0; i < warnings.size(); i++) {
			Warning w = warnings.get(i);
			Finding f = w.finding();
			jdbc.sql("INSERT INTO run_warning (run_id, position, sha256, unit_code, file_name, code, indicator, year_no, "
					+ "message_key, message_args) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(runId, i, w.sha256(), w.unitCode(), f.file(), f.code(), f.indicator(), f.year(), f.key(),
						String.join(IntakeRepository.ARG_SEPARATOR, f.args()))
				.update();
		}
	}

	/** The run's warnings, in the order found (by file, indicator, year). */
	public List<Warning> of(long runId) {
		return jdbc.sql("SELECT sha256, unit_code, file_name, code, indicator, year_no, message_key, message_args FROM "
				+ "run_warning WHERE run_id = ? ORDER BY position")
			.param(runId)
			.query((rs, n) -> {
				String args = rs.getString(8);
				Finding f = new Finding(Severity.WARNING, rs.getString(4), rs.getString(3), null, null, rs.getString(5),
						rs.getObject(6) == null ? null : rs.getInt(6), rs.getString(7),
						args.isEmpty() ? List.of() : List.of(args.split(IntakeRepository.ARG_SEPARATOR, -1)));
				return new Warning(rs.getString(1), rs.getString(2), f);
			})
			.list();
	}

	/** The run's warnings by the content they are about. */
	public Map<String, List<Finding>> bySha(long runId) {
		Map<String, List<Finding>> by = new java.util.LinkedHashMap<>();
		of(runId).forEach(w -> by.computeIfAbsent(w.sha256(), s -> new ArrayList<>()).add(w.finding()));
		return by;
	}
}
