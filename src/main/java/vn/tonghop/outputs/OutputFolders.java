package vn.tonghop.outputs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import vn.tonghop.rounds.Round;
import vn.tonghop.system.DataDirectory;

/**
 * Where the outputs of a round's runs live: {@code out/<round>/<run>/}, the round's latest completed run at
 * {@code out/<round>/latest} (a link to it), and {@code out/latest}, the first round's latest (the place the README
 * and other systems have always read), a link to that. Only resolved here; the links are made by
 * {@link #pointLatest}.
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
	 * Points the round's {@code latest} at a run's folder, {@code out/<round>/latest → <run>}, and for the first round
	 * {@code out/latest → <round>/latest}: relative symbolic links, so the outputs are on disk once and the data
	 * directory can move. Each link is swapped in one move, so a reader sees the old run or the new one, never
	 * neither. Where the file system has no links, a copy.
	 */
	void pointLatest(Round round, Path runFolder) throws IOException {
		swap(latest(round), Path.of(runFolder.getFileName().toString()), runFolder);
		if (round.isFirst()) {
			swap(out().resolve("latest"), Path.of(round.code(), "latest"), runFolder);
		}
	}

	private static void swap(Path link, Path target, Path runFolder) throws IOException {
		Path temporary = link.resolveSibling(link.getFileName() + ".link.tmp");
		FileSystemUtils.deleteRecursively(temporary);
		try {
			Files.createSymbolicLink(temporary, target);
		}
		catch (UnsupportedOperationException | IOException noLinks) {
			FileSystemUtils.copyRecursively(runFolder, temporary);
		}
		if (Files.isDirectory(link, LinkOption.NOFOLLOW_LINKS)) {
			// A copy (from an earlier version, or a file system without links): it goes whole.
			FileSystemUtils.deleteRecursively(link);
		}
		Files.move(temporary, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
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
