package vn.tonghop.consolidation;

import java.util.List;
import java.util.Locale;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.tonghop.OnPostgres;
import vn.tonghop.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The two migration folders build the same tables: every column, in the same order, equally nullable. HSQLDB's
 * schema is reached by its migrations from V1, PostgreSQL's from one baseline (V25) on; a column added to one
 * folder only fails here. And the triggers do the same on both: the audit log and published versions refuse
 * changes, a registry change is counted.
 */
@OnPostgres
class SchemaParityTest {

	/**
	 * Each column with its place among its table's columns, not its ordinal position: PostgreSQL keeps a dropped
	 * column's number, HSQLDB numbers the columns left again.
	 */
	private static final String COLUMNS = "SELECT LOWER(c.table_name) || '.' || LOWER(c.column_name) || ' #' || "
			+ "(SELECT COUNT(*) FROM information_schema.columns o WHERE o.table_schema = c.table_schema AND "
			+ "o.table_name = c.table_name AND o.ordinal_position <= c.ordinal_position) || ' ' || c.is_nullable "
			+ "FROM information_schema.columns c WHERE LOWER(c.table_schema) = 'public' AND LOWER(c.table_name) <> "
			+ "'flyway_schema_history' AND LOWER(c.table_name) NOT LIKE 'batch_%_seq' ORDER BY 1";

	@Test
	void bothDatabasesHaveTheSameColumns() {
		List<String> hsqldb = columns(new DriverManagerDataSource("jdbc:hsqldb:mem:parity", "SA", ""), "hsqldb");
		List<String> postgres = columns(new DriverManagerDataSource(PostgresTestDatabase.create("parity"),
				PostgresTestDatabase.user(), PostgresTestDatabase.password()), "postgresql");

		assertThat(hsqldb).hasSizeGreaterThan(150).contains("submission.counted_from #10 NO",
				"submission.outlier_figures #11 YES", "submission_figures.figures #2 NO",
				"unit_total.figures #3 NO", "published_report.pdf #12 NO");
		assertThat(postgres).containsExactlyElementsOf(hsqldb);
	}

	@Test
	void theTriggersActAlikeOnBothDatabases() {
		for (DriverManagerDataSource dataSource : List.of(
				new DriverManagerDataSource("jdbc:hsqldb:mem:triggers", "SA", ""),
				new DriverManagerDataSource(PostgresTestDatabase.create("triggers"), PostgresTestDatabase.user(),
						PostgresTestDatabase.password()))) {
			String vendor = dataSource.getUrl().contains("hsqldb") ? "hsqldb" : "postgresql";
			columns(dataSource, vendor);
			JdbcTemplate sql = new JdbcTemplate(dataSource);
			sql.update("INSERT INTO audit_event (at_time, actor, kind, detail_key, detail_args) "
					+ "VALUES (CURRENT_TIMESTAMP, 'cli', 'RUN', 'k', '')");
			assertThatThrownBy(() -> sql.update("UPDATE audit_event SET actor = 'x'")).as(vendor)
				.hasMessageContaining("audit_event is append-only");
			assertThatThrownBy(() -> sql.update("DELETE FROM audit_event")).as(vendor)
				.hasMessageContaining("audit_event is append-only");
			sql.update("INSERT INTO published_report (round_code, unit_code, doc_number, doc_date, signer, run_id, "
					+ "form_id, form_version, published_by, published_at, pdf, docx) VALUES ('r', 'u', '1', 'd', 's', 1, "
					+ "'f', 'v', 'p', CURRENT_TIMESTAMP, ?, ?)", new byte[] { 1 }, new byte[] { 2 });
			assertThatThrownBy(() -> sql.update("UPDATE published_report SET signer = 'x'")).as(vendor)
				.hasMessageContaining("published_report is append-only");
			assertThat(sql.queryForObject("SELECT pdf FROM published_report", byte[].class)).containsExactly(1);

			Long before = sql.queryForObject("SELECT COALESCE(MAX(id), 0) FROM registry_change", Long.class);
			sql.update("INSERT INTO org_unit (code, name, type) VALUES ('P', 'Tỉnh', 'TINH'), ('H', 'Huyện', 'HUYEN')");
			sql.update("UPDATE org_unit SET name = 'Huyện 1' WHERE code = 'H'");
			sql.update("INSERT INTO unit_move (code, moved_on, parent_code) VALUES ('H', DATE '2025-07-01', 'P')");
			// One change per statement, not per row: three statements.
			assertThat(sql.queryForObject("SELECT COUNT(*) FROM registry_change WHERE id > ?", Long.class, before))
				.as(vendor).isEqualTo(3);
		}
	}

	/**
	 * Text sorts as Java compares strings, on both databases, whatever the PostgreSQL server's locale: the test
	 * databases sort by Vietnamese rules of their own (see PostgresTestDatabase), where case and punctuation weigh
	 * least and "Đ" follows "D". The runs merge rows the database sorted with rows Java sorted (totals.csv).
	 */
	@Test
	void textSortsByCodePointOnBothDatabases() {
		List<String> codes = List.of("h1-a", "H10", "H1_A", "H1-B", "H1-A", "Đ1", "D2", "E0", "H1", "BPH0", "BP-H1");
		List<String> javaOrder = codes.stream().sorted().toList();
		for (DriverManagerDataSource dataSource : List.of(new DriverManagerDataSource("jdbc:hsqldb:mem:order", "SA", ""),
				new DriverManagerDataSource(PostgresTestDatabase.create("order"), PostgresTestDatabase.user(),
						PostgresTestDatabase.password()))) {
			String vendor = dataSource.getUrl().contains("hsqldb") ? "hsqldb" : "postgresql";
			columns(dataSource, vendor);
			JdbcTemplate sql = new JdbcTemplate(dataSource);
			codes.forEach(code -> sql.update("INSERT INTO unit_contact (code) VALUES (?)", code));
			assertThat(sql.queryForList("SELECT code FROM unit_contact ORDER BY code", String.class)).as(vendor)
				.containsExactlyElementsOf(javaOrder);
			if (vendor.equals("postgresql")) {
				assertThat(sql.queryForList("SELECT table_name || '.' || column_name FROM information_schema.columns "
						+ "WHERE table_schema = current_schema() AND data_type IN ('character varying', 'character', "
						+ "'text') AND table_name <> 'flyway_schema_history' AND table_name NOT LIKE 'batch\\_%' "
						+ "AND COALESCE(collation_name, '') <> 'C'", String.class))
					.as("text columns without the \"C\" collation")
					.isEmpty();
			}
		}
	}

	private static List<String> columns(DriverManagerDataSource dataSource, String vendor) {
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/" + vendor.toLowerCase(Locale.ROOT))
			.javaMigrations(new UnitTotalsMigration())
			.load()
			.migrate();
		return new JdbcTemplate(dataSource).queryForList(COLUMNS, String.class);
	}
}
