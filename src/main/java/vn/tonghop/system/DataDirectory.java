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

	DataDirectory(TonghopSettings settings) {
		this.root = settings.dataDir().toAbsolutePath().normalize();
	}

	public Path root() {
		return root;
	}

	public Path archive() {
		return create(root.resolve("archive"));
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
