package vn.tonghop.consolidation;

import java.util.Map;

import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration 28 moves every submission's figures, current or not, into submission_figures, text for text; the
 * figures the W7 check reads stay in the submission's row.
 */
class SubmissionFiguresMigrationTest {

	@Test
	void everySubmissionKeepsItsFiguresAndOutlierFigures() {
		JDBCDataSource dataSource = HsqldbMigrations.newDatabase("submission-figures");
		HsqldbMigrations.migrate(dataSource, "27");
		JdbcTemplate sql = new JdbcTemplate(dataSource);
		String insert = "INSERT INTO submission (id, unit_code, sha256, run_id, is_current, form_version, figures, "
				+ "superseded_in, round_code, held, counted_from, outlier_figures) VALUES (?, ?, ?, ?, ?, 'v1', ?, ?, "
				+ "'R', FALSE, ?, ?)";
		sql.update(insert, 1, "U1", "a".repeat(64), 1, false, "{\"LD01\":{\"2018\":5}}", 2, 1, null);
		sql.update(insert, 2, "U1", "b".repeat(64), 2, true, "{\"LD01\":{\"2018\":6},\"TC01\":{\"2020\":1.5}}", null, 2,
				"{\"LD01\":{\"2018\":6}}");
		sql.update(insert, 3, "U2", "c".repeat(64), 2, true, "{}", null, 2, null);

		HsqldbMigrations.migrate(dataSource, "latest");

		assertThat(sql.queryForList("SELECT s.id, f.figures, s.outlier_figures FROM submission s JOIN "
				+ "submission_figures f ON f.submission_id = s.id ORDER BY 1")).containsExactly(
						row(1, "{\"LD01\":{\"2018\":5}}", null),
						row(2, "{\"LD01\":{\"2018\":6},\"TC01\":{\"2020\":1.5}}", "{\"LD01\":{\"2018\":6}}"),
						row(3, "{}", null));
		assertThat(sql.queryForList("SELECT LOWER(column_name) FROM information_schema.columns WHERE table_name = "
				+ "'SUBMISSION'", String.class)).doesNotContain("figures").contains("outlier_figures", "counted_from");
	}

	private static Map<String, Object> row(long id, String figures, String outlierFigures) {
		Map<String, Object> row = new java.util.LinkedHashMap<>();
		row.put("ID", id);
		row.put("FIGURES", figures);
		row.put("OUTLIER_FIGURES", outlierFigures);
		return row;
	}
}
