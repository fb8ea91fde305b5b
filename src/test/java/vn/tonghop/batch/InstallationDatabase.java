package vn.tonghop.batch;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/** What the process tests read back from an installation's database after its processes have ended. */
final class InstallationDatabase {

	private InstallationDatabase() {
	}

	/** The embedded database of a data directory (no process may hold it). */
	static Connection openHsqldb(Path dataDir) throws Exception {
		return DriverManager.getConnection("jdbc:hsqldb:file:" + dataDir.resolve("db/tonghop") + ";shutdown=true", "SA",
				"");
	}

	static long count(Statement sql, String query) throws Exception {
		try (ResultSet rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static String text(Statement sql, String query) throws Exception {
		try (ResultSet rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getString(1);
		}
	}
}
