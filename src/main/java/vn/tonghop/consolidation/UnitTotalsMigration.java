package vn.tonghop.consolidation;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Migration 13: the totals of each run move from one row per figure (table {@code total}) to one row per unit
 * (table {@code unit_total}, the text of {@link UnitTotalsText}). In Java rather than SQL so that the rows are
 * written by the very code that reads them. Spring Boot hands beans of this type to Flyway.
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
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("CREATE TABLE unit_total (run_id BIGINT NOT NULL, unit_code VARCHAR(64) NOT NULL, "
					+ "figures VARCHAR(1000000) NOT NULL, PRIMARY KEY (run_id, unit_code))");
		}
		try (Statement select = connection.createStatement();
				ResultSet rs = select.executeQuery("SELECT run_id, unit_code, indicator, period, val FROM total "
						+ "ORDER BY run_id, unit_code");
				PreparedStatement insert = connection
					.prepareStatement("INSERT INTO unit_total (run_id, unit_code, figures) VALUES (?, ?, ?)")) {
			List<Total> unit = new ArrayList<>();
			long runId = 0;
			while (rs.next()) {
				Total total = new Total(rs.getString(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5));
				if (!unit.isEmpty() && (rs.getLong(1) != runId || !unit.get(0).unitCode().equals(total.unitCode()))) {
					add(insert, runId, unit);
				}
				runId = rs.getLong(1);
				unit.add(total);
			}
			if (!unit.isEmpty()) {
				add(insert, runId, unit);
			}
			if (pending > 0) {
				insert.executeBatch();
			}
		}
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("DROP TABLE total");
		}
	}

	/** Rows added to the batch and not yet executed (a migration object runs once). */
	private int pending;

	private void add(PreparedStatement insert, long runId, List<Total> unit) throws Exception {
		insert.setLong(1, runId);
		insert.setString(2, unit.get(0).unitCode());
		insert.setString(3, UnitTotalsText.encode(unit));
		insert.addBatch();
		unit.clear();
		if (++pending == 100) {
			insert.executeBatch();
			pending = 0;
		}
	}
}
