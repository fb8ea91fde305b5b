package vn.tonghop.consolidation;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Migration 13: the totals of each run move from one row per figure (table {@code total}) to one row per unit
 * (table {@code unit_total}). In Java rather than SQL so that the rows are written by the very writer the roll-up
 * uses ({@link TotalsRepository.Writer}), on Flyway's connection and in its transaction. Spring Boot hands beans of
 * this type to Flyway.
 */
@Component
class UnitTotalsMigration implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("13");
	}

	@Override
	public String getDescription() {
		return "unit totals";
	}

	@Override
	public Integer getChecksum() {
		return 13;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) {
		SingleConnectionDataSource connection = new SingleConnectionDataSource(context.getConnection(), true);
		JdbcTemplate template = new JdbcTemplate(connection);
		template.execute("CREATE TABLE unit_total (run_id BIGINT NOT NULL, unit_code VARCHAR(64) NOT NULL, "
				+ "figures VARCHAR(1000000) NOT NULL, PRIMARY KEY (run_id, unit_code))");
		TotalsRepository totals = new TotalsRepository(JdbcClient.create(connection), template);
		for (long runId : template.queryForList("SELECT DISTINCT run_id FROM total ORDER BY run_id", Long.class)) {
			TotalsRepository.Writer writer = totals.writer(runId);
			// In unit order: the writer takes a unit's rows one after another.
			template.query("SELECT unit_code, indicator, period, val FROM total WHERE run_id = ? ORDER BY unit_code",
					rs -> {
						writer.accept(new Total(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4)));
					}, runId);
			writer.flush();
		}
		template.execute("DROP TABLE total");
	}
}
