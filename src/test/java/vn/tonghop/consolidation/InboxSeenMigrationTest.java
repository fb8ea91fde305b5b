package vn.tonghop.consolidation;

import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration 29 removes the paths recorded as seen with a content received_file does not hold, which the listing no
 * longer asks about: left, such a file would be passed over as unchanged and never read.
 */
class InboxSeenMigrationTest {

	@Test
	void aSeenPathWithoutItsReceivedContentIsForgottenAndTheOthersKept() {
		JDBCDataSource dataSource = HsqldbMigrations.newDatabase("inbox-seen");
		HsqldbMigrations.migrate(dataSource, "28");
		JdbcTemplate sql = new JdbcTemplate(dataSource);
		sql.update("INSERT INTO received_file (sha256, file_name, archive_path, size_bytes, run_id, received_at, status, "
				+ "unit_code) VALUES (?, 'H1/a.xlsx', 'aa/a.xlsx', 10, 1, TIMESTAMP '2020-11-10 08:00:00', 'ACCEPTED', "
				+ "'H1-A')", "a".repeat(64));
		String seen = "INSERT INTO inbox_seen (path, size_bytes, modified_at, sha256) VALUES (?, 10, "
				+ "TIMESTAMP '2020-11-10 08:00:00', ?)";
		sql.update(seen, "H1/a.xlsx", "a".repeat(64));
		sql.update(seen, "H1-copy/a.xlsx", "a".repeat(64));
		sql.update(seen, "H2/b.xlsx", "b".repeat(64));

		HsqldbMigrations.migrate(dataSource, "latest");

		assertThat(sql.queryForList("SELECT path FROM inbox_seen ORDER BY path", String.class))
			.containsExactly("H1-copy/a.xlsx", "H1/a.xlsx");
	}
}
