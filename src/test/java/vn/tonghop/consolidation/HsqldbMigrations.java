package vn.tonghop.consolidation;

import org.flywaydb.core.Flyway;
import org.hsqldb.jdbc.JDBCDataSource;

/** An in-memory HSQLDB taken through the product's migrations, to a version or to the latest, for migration tests. */
final class HsqldbMigrations {

	private HsqldbMigrations() {
	}

	/** A new, empty in-memory database; {@code name} only tells test runs apart. */
	static JDBCDataSource newDatabase(String name) {
		JDBCDataSource dataSource = new JDBCDataSource();
		dataSource.setUrl("jdbc:hsqldb:mem:" + name + "-" + System.nanoTime());
		dataSource.setUser("SA");
		dataSource.setPassword("");
		return dataSource;
	}

	/** Migrates to {@code target}: a version ("28") or "latest". */
	static void migrate(JDBCDataSource dataSource, String target) {
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/hsqldb")
			.javaMigrations(new UnitTotalsMigration())
			.target(target)
			.load()
			.migrate();
	}
}
