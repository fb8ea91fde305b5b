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

/**
 * The two migration folders build the same tables: every column, in the same order, equally nullable. HSQLDB's
 * schema is reached by 25 migrations, PostgreSQL's by one; a column added to one folder only fails here.
 */
@OnPostgres
class SchemaParityTest {

	private static final String COLUMNS = "SELECT LOWER(table_name) || '.' || LOWER(column_name) || ' #' "
			+ "|| ordinal_position || ' ' || is_nullable FROM information_schema.columns WHERE LOWER(table_schema) = "
			+ "'public' AND LOWER(table_name) <> 'flyway_schema_history' AND LOWER(table_name) NOT LIKE 'batch_%_seq' "
			+ "ORDER BY 1";

	@Test
	void bothDatabasesHaveTheSameColumns() {
		List<String> hsqldb = columns(new DriverManagerDataSource("jdbc:hsqldb:mem:parity", "SA", ""), "hsqldb");
		List<String> postgres = columns(new DriverManagerDataSource(PostgresTestDatabase.create("parity"),
				PostgresTestDatabase.user(), PostgresTestDatabase.password()), "postgresql");

		assertThat(hsqldb).hasSizeGreaterThan(150).contains("submission.counted_from #11 NO",
				"unit_total.figures #3 NO", "published_report.pdf #12 NO");
		assertThat(postgres).containsExactlyElementsOf(hsqldb);
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
