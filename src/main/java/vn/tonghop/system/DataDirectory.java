package vn.tonghop.system;

import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The installation's data directory: database, archive of received files, and run outputs. */
@Component
public class DataDirectory {

	public static final String PROPERTY = "tonghop.data-dir";

	private final Path root;

	/** Made here if it does not exist: on PostgreSQL no database file creates it, and its disk is asked for. */
	DataDirectory(TonghopSettings settings) {
		this.root = create(settings.dataDir().toAbsolutePath().normalize());
	}

	public Path root() {
		return root;
	}

	/** The log file, whose entries the references staff are shown name (logging.file.name in application.yaml). */
	public Path logFile() {
		return root.resolve("logs/tonghop.log");
	}

	public Path archive() {
		return create(root.resolve("archive"));
	}

	/** The inbox of the web app and of the nightly run: one sub-folder per unit that uploads. */
	public Path inbox() {
		return create(root.resolve("inbox"));
	}

	public Path outputs() {
		return create(root.resolve("out"));
	}

	private static Path create(Path dir) {
		try {
			return Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Takes the installation's process lock, a file lock on {@code tonghop.lock} in the data directory. One process
	 * at a time owns an installation (the embedded database would otherwise make a second one wait silently for as
	 * long as the first runs). The operating system releases the lock when the process ends, even when killed.
	 *
	 * @return the lock to hold for the life of the process, or empty when another process holds it
	 */
	public static Optional<java.nio.channels.FileLock> lockInstallation(Path dataDir) throws IOException {
		Files.createDirectories(dataDir);
		java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(dataDir.resolve("tonghop.lock"),
				java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
		java.nio.channels.FileLock lock = channel.tryLock();
		if (lock == null) {
			channel.close();
		}
		return Optional.ofNullable(lock);
	}

	/** The data directory named by the arguments, the system property or the environment, else "./data". */
	public static Path resolve(String[] args) {
		String dir = fromArguments(args).orElseGet(() -> Optional.ofNullable(System.getProperty(PROPERTY))
			.orElseGet(() -> Optional.ofNullable(System.getenv("TONGHOP_DATA_DIR")).orElse("./data")));
		return Path.of(dir);
	}

	/** Finds {@code --data-dir DIR} or {@code --data-dir=DIR} among the command-line arguments. */
	public static Optional<String> fromArguments(String[] args) {
		for (int i = 0; i < args.length; i++) {
			if (args[i].startsWith("--data-dir=")) {
				return Optional.of(args[i].substring("--data-dir=".length()));
			}
			if (args[i].equals("--data-dir") && i + 1 < args.length) {
				return Optional.of(args[i + 1]);
			}
		}
		return Optional.empty();
	}
}
