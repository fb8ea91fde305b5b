package vn.tonghop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.FileSystemUtils;

/**
 * Throw-away databases on the PostgreSQL server the tests are given: {@code TONGHOP_TEST_POSTGRES_HOST}
 * (default {@code localhost:5432}), {@code TONGHOP_TEST_POSTGRES_USER} and {@code TONGHOP_TEST_POSTGRES_PASSWORD}
 * (default {@code tonghop_test} for both: the role {@code .ci/run} makes, allowed to create databases). Each test
 * class gets a database named after it, dropped and made afresh when the class starts, with the Vietnamese collation
 * of ICU (which Debian's PostgreSQL is built with): a server's own locale decides how its text sorts.
 */
public final class PostgresTestDatabase {

	private static final String HOST = env("TONGHOP_TEST_POSTGRES_HOST", "localhost:5432");

	private static final String USER = env("TONGHOP_TEST_POSTGRES_USER", "tonghop_test");

	private static final String PASSWORD = env("TONGHOP_TEST_POSTGRES_PASSWORD", "tonghop_test");

	private static Boolean reachable;

	private PostgresTestDatabase() {
	}

	/** Makes a fresh database {@code tonghop_test_<name>} and returns its JDBC URL. */
	public static String create(String name) {
		String database = "tonghop_test_" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
		try (Connection admin = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
				Statement sql = admin.createStatement()) {
			sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			// Sorting text as a Vietnamese office's server would by default: case and punctuation weigh least.
			sql.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0 LOCALE_PROVIDER icu "
					+ "ICU_LOCALE 'vi-VN'");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot make the test database " + database, ex);
		}
		return url(database);
	}

	/**
	 * Points a test class's context at a fresh database and an empty data directory of its own
	 * ({@code target/test-data/postgres-<name>}): call from its {@code @DynamicPropertySource}.
	 */
	public static void register(DynamicPropertyRegistry properties, String name) {
		String url = create(name);
		Path data = Path.of("target/test-data/postgres-" + name);
		try {
			FileSystemUtils.deleteRecursively(data);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		properties.add("spring.datasource.url", () -> url);
		properties.add("spring.datasource.username", () -> USER);
		properties.add("spring.datasource.password", () -> PASSWORD);
		properties.add("tonghop.data-dir", data::toString);
	}

	/** The same settings for an application started in a JVM of its own, as staff would pass them. */
	public static List<String> jvmOptions(String url) {
		return List.of("-Dspring.datasource.url=" + url, "-Dspring.datasource.username=" + USER,
				"-Dspring.datasource.password=" + PASSWORD);
	}

	public static String user() {
		return USER;
	}

	public static String password() {
		return PASSWORD;
	}

	static synchronized boolean reachable() {
		if (reachable == null) {
			try (Connection ignored = DriverManager.getConnection(url("postgres"), USER, PASSWORD)) {
				reachable = true;
			}
			catch (SQLException ex) {
				reachable = false;
			}
		}
		return reachable;
	}

	private static String url(String database) {
		return "jdbc:postgresql://" + HOST + "/" + database;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	/** Skips (or, where PostgreSQL is required, fails) a class when the server cannot be reached. */
	static final class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (reachable()) {
				return ConditionEvaluationResult.enabled("PostgreSQL at " + HOST);
			}
			String why = "no PostgreSQL at " + HOST + " for user " + USER + " (see .ci/run for how CI makes one)";
			if (System.getenv("TONGHOP_REQUIRE_POSTGRES") != null) {
				throw new IllegalStateException(why + "; TONGHOP_REQUIRE_POSTGRES is set, so this is a failure");
			}
			return ConditionEvaluationResult.disabled(why + "; PostgreSQL tests skipped");
		}
	}
}
