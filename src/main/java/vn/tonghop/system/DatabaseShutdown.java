package vn.tonghop.system;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Shuts the file-mode HSQLDB down cleanly when the application stops, so that its files are consistent and the
 * next start does not replay a log. Runs before the connection pool is closed because it depends on it.
 */
@Component
class DatabaseShutdown {

	private final JdbcTemplate jdbc;

	DatabaseShutdown(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@PreDestroy
	void shutdown() {
		String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
		if (product != null && product.startsWith("HSQL")) {
			jdbc.execute("SHUTDOWN");
		}
	}
}
