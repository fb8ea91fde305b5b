package vn.tonghop.consolidation;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Migration 13: the totals of each run move from one row per figure (table {@code total}) to one row per unit
 * (table {@code unit_total}), in the text layout of that version: "indicator TAB period TAB value" lines in
 * indicator then period order, values at six decimals without trailing zeros. The layout is written out here, not
 * borrowed from the live writer, so that this migration does what it did whatever the writer becomes. In Java on
 * Flyway's connection and in its transaction; Spring Boot hands beans of this type to Flyway.
 */
@Component
class UnitTotalsMigration implements JavaMigration {

	private static final String INSERT = "INSERT INTO unit_total (run_id, unit_code, figures) VALUES (?, ?, ?)";

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
	public void migrate(Context context) throws java.sql.SQLException {
		if (context.getConnection().getMetaData().getDatabaseProductName().startsWith("PostgreSQL")) {
			return; // PostgreSQL's schema starts at version 25, with unit_total already in it
		}
		SingleConnectionDataSource connection = new SingleConnectionDataSource(context.getConnection(), true);
		JdbcTemplate template = new JdbcTemplate(connection);
		template.execute("CREATE TABLE unit_total (run_id BIGINT NOT NULL, unit_code VARCHAR(64) NOT NULL, "
				+ "figures VARCHAR(1000000) NOT NULL, PRIMARY KEY (run_id, unit_code))");
		for (long runId : template.queryForList("SELECT DISTINCT run_id FROM total ORDER BY run_id", Long.class)) {
			List<Object[]> rows = new ArrayList<>();
			StringBuilder[] text = { new StringBuilder() };
			String[] unit = { null };
			template.query("SELECT unit_code, indicator, period, val FROM total WHERE run_id = ? "
					+ "ORDER BY unit_code, indicator, period", rs -> {
						if (unit[0] != null && !unit[0].equals(rs.getString(1))) {
							rows.add(new Object[] { runId, unit[0], text[0].toString() });
							text[0] = new StringBuilder();
							if (rows.size() == 500) {
								template.batchUpdate(INSERT, rows);
								rows.clear();
							}
						}
						unit[0] = rs.getString(1);
						text[0].append(rs.getString(2)).append('\t').append(rs.getString(3)).append('\t')
							.append(rs.getBigDecimal(4).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros()
								.toPlainString())
							.append('\n');
					}, runId);
			if (unit[0] != null) {
				rows.add(new Object[] { runId, unit[0], text[0].toString() });
			}
			template.batchUpdate(INSERT, rows);
		}
		template.execute("DROP TABLE total");
	}
}
