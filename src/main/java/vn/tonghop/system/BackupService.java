package vn.tonghop.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A consistent copy of an installation while it is open: the database first (HSQLDB: its own online backup,
 * blocking, so no transaction is half in it; PostgreSQL: {@code pg_dump}'s snapshot, see {@link PostgresDump}), then
 * the archive of received files. The archive only ever grows and a
 * file is archived before the database records it, so every file the copied database names is in the copied
 * archive. The copy is a data directory: point {@code --data-dir} at it (or copy it in place) to restore
 * (on PostgreSQL, with the dump restored by {@code pg_restore} first).
 */
@Service
public class BackupService {

	/** @param dump the PostgreSQL dump file, null for the embedded database */
	public record Backup(Path folder, long databaseBytes, Path dump) {
	}

	private final JdbcClient jdbc;

	private final DataDirectory dataDirectory;

	private final Database database;

	private final DataSourceProperties connection;

	BackupService(JdbcClient jdbc, DataDirectory dataDirectory, Database database, DataSourceProperties connection) {
		this.jdbc = jdbc;
		this.dataDirectory = dataDirectory;
		this.database = database;
		this.connection = connection;
	}

	/**
	 * @throws IllegalArgumentException when the target is inside the data directory or already holds a database
	 * ("inside", "exists"), or the database is PostgreSQL and there is no pg_dump on the PATH ("noPgDump")
	 */
	public Backup backupTo(Path target) throws IOException, InterruptedException {
		Path folder = target.toAbsolutePath().normalize();
		if (folder.startsWith(dataDirectory.root())) {
			throw new IllegalArgumentException("inside");
		}
		Path db = folder.resolve("db");
		if (Files.exists(db.resolve("tonghop.script")) || Files.exists(db.resolve(PostgresDump.FILE_NAME))) {
			throw new IllegalArgumentException("exists");
		}
		Path dump = null;
		if (database.vendor() == Database.Vendor.POSTGRESQL) {
			Path pgDump = PostgresDump.program().orElseThrow(() -> new IllegalArgumentException("noPgDump"));
			dump = PostgresDump.dump(pgDump, connection, Files.createDirectories(db));
		}
		else {
			Files.createDirectories(db);
			// The path is ours (normalised, absolute); HSQLDB wants it as a literal ending in a separator.
			jdbc.sql("BACKUP DATABASE TO '" + db.toString().replace("'", "''") + "/' BLOCKING AS FILES").update();
		}
		copyArchive(folder.resolve("archive"));
		long bytes;
		try (Stream<Path> files = Files.list(db)) {
			bytes = files.mapToLong(f -> f.toFile().length()).sum();
		}
		return new Backup(folder, bytes, dump);
	}

	/** Copies the archive's files (a form's own file, or a run's pack of them) that the copy does not have yet. */
	private void copyArchive(Path target) throws IOException {
		Path source = dataDirectory.archive();
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path relative = source.relativize(file);
				if (Files.isDirectory(file) || file.getFileName().toString().startsWith(".")) {
					continue; // folders are made below; hidden files are partial copies of an interrupted run
				}
				Path copy = target.resolve(relative.toString());
				Files.createDirectories(copy.getParent());
				if (!Files.exists(copy)) {
					Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
	}
}
