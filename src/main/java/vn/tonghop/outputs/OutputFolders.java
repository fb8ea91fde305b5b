package vn.tonghop.outputs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import vn.tonghop.rounds.Round;
import vn.tonghop.system.DataDirectory;

/**
 * Where the outputs of a round's runs live: {@code out/<round>/<run>/}, the round's latest completed run in
 * {@code out/<round>/latest/}, and {@code out/latest}, the first round's latest (the place the README and other
 * systems have always read), a relative link to that round's folder. Only resolved here, never created.
 */
@Component
public class OutputFolders {

	private final DataDirectory dataDirectory;

	OutputFolders(DataDirectory dataDirectory) {
		this.dataDirectory = dataDirectory;
	}

	/**
	 * A run's folder. Runs of the first round made before rounds existed wrote to {@code out/<run>/}, and are read
	 * there.
	 */
	public Path run(Round round, long runId) {
		Path folder = out().resolve(round.code()).resolve(String.valueOf(runId));
		Path before = out().resolve(String.valueOf(runId));
		return round.isFirst() && !Files.exists(folder) && Files.isDirectory(before) ? before : folder;
	}

	public Path latest(Round round) {
		return out().resolve(round.code()).resolve("latest");
	}

	/** The outputs' folder, not created: a run that could not write there must still be able to name it. */
	private Path out() {
		return dataDirectory.root().resolve("out");
	}

	/** Where people look for a round's newest outputs: {@code out/latest} for the first round, else its own. */
	public Path shownLatest(Round round) {
		return round.isFirst() ? out().resolve("latest") : latest(round);
	}

	/**
	 * Points {@code out/latest} at the first round's latest folder: a relative symbolic link, swapped in one move;
	 * where the file system has no links, a copy.
	 */
	void linkInstallationLatest(Round first) throws IOException {
		Path out = dataDirectory.outputs();
		Path latest = out.resolve("latest");
		Path temporary = out.resolve("latest.link.tmp");
		FileSystemUtils.deleteRecursively(temporary);
		try {
			Files.createSymbolicLink(temporary, Path.of(first.code(), "latest"));
		}
		catch (UnsupportedOperationException | IOException noLinks) {
			FileSystemUtils.copyRecursively(latest(first), temporary);
		}
		if (Files.isDirectory(latest, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
			// A folder from before rounds: it goes, its content is the first round's latest run's.
			FileSystemUtils.deleteRecursively(latest);
		}
		Files.move(temporary, latest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	/** The bytes of every file under {@code folder} (0 when it does not exist); links are not followed. */
	static long bytesUnder(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
			return files.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
				.mapToLong(p -> p.toFile().length())
				.sum();
		}
	}
}
