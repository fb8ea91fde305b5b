package vn.tonghop.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * One process at a time on a PostgreSQL database, as the embedded database's lock file gives for HSQLDB: the data
 * directory's file lock does not see a second installation (another data directory, another machine) pointed at the
 * same database, and two runs over one database would count files twice. A session-level advisory lock, held on a
 * connection of its own (outside the pool) for the life of the process and released by the server when the process
 * dies. A second process fails at start-up with {@link #IN_USE} in its message (StartupFailure explains it).
 */
@Component
class PostgresInstallationLock {

	static final String IN_USE = "PostgreSQL installation lock held by another process";

	/** The key of the advisory lock: "tonghop" in ASCII, so that other applications' keys are unlikely to meet it. */
	private static final long KEY = 0x746f6e67686f70L;

	private final Connection connection;

	PostgresInstallationLock(Database database, DataSourceProperties settings) throws SQLException {
		if (database.vendor() != Database.Vendor.POSTGRESQL) {
			connection = null;
			return;
		}
		connection = DriverManager.getConnection(settings.determineUrl(), settings.determineUsername(),
				settings.determinePassword());
		try (Statement sql = connection.createStatement();
				ResultSet locked = sql.executeQuery("SELECT pg_try_advisory_lock(" + KEY + ")")) {
			locked.next();
			if (!locked.getBoolean(1)) {
				connection.close();
				throw new IllegalStateException(IN_USE);
			}
		}
	}

	@PreDestroy
	void release() throws SQLException {
		if (connection != null) {
			connection.close();
		}
	}
}
