package vn.tonghop.system;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

/**
 * A PostgreSQL database's backup by the server's own tool: {@code pg_dump --format=custom}, a consistent snapshot
 * taken while the application goes on, restored with {@code pg_restore}. The connection is the application's (host,
 * port, database, user; the password through {@code PGPASSWORD}, never on the command line).
 */
final class PostgresDump {

	static final String FILE_NAME = "tonghop.dump";

	private PostgresDump() {
	}

	/** pg_dump from the PATH, if there is one. */
	static Optional<Path> program() {
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		for (String folder : path.split(File.pathSeparator)) {
			Path candidate = Path.of(folder, "pg_dump");
			if (Files.isExecutable(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	/**
	 * Dumps the database into {@code folder/tonghop.dump}.
	 * @throws IOException when pg_dump fails, with what it printed
	 */
	static Path dump(Path pgDump, DataSourceProperties connection, Path folder)
			throws IOException, InterruptedException {
		Path target = folder.resolve(FILE_NAME);
		ProcessBuilder builder = new ProcessBuilder(List.of(pgDump.toString(), "--format=custom", "--no-owner",
				"--file=" + target, "--dbname=" + libpqDatabase(connection.getUrl()),
				"--username=" + connection.getUsername()))
			.redirectErrorStream(true);
		if (connection.getPassword() != null) {
			builder.environment().put("PGPASSWORD", connection.getPassword());
		}
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(6, TimeUnit.HOURS) || process.exitValue() != 0) {
			throw new IOException("pg_dump: " + output.strip());
		}
		return target;
	}

	/** The JDBC URL as libpq takes it: {@code postgresql://host:port/db}, without the driver's own parameters. */
	static String libpqDatabase(String jdbcUrl) {
		String url = jdbcUrl.startsWith("jdbc:") ? jdbcUrl.substring("jdbc:".length()) : jdbcUrl;
		int query = url.indexOf('?');
		url = query < 0 ? url : url.substring(0, query);
		return url.startsWith("postgresql://") ? url : url.substring("postgresql:".length());
	}
}
