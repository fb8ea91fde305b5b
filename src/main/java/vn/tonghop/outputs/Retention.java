package vn.tonghop.outputs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;

import vn.tonghop.rounds.Round;
import vn.tonghop.runs.Runs;
import vn.tonghop.system.DataDirectory;

/**
 * Keeps the outputs of the last {@code tonghop.retention.runs} runs of a round (14 by default) and removes older run
 * folders: nightly runs would otherwise fill the disk. The round's {@code latest} (a link) and its latest completed run stay
 * whatever their age; published reports live in the database and the received files in the archive, neither is ever
 * pruned. Applied after each run and by {@code prune}.
 */
@Service
public class Retention {

	/** What a pruning removed. */
	public record Pruned(int folders, long bytes, int kept) {
	}

	private final OutputFolders folders;

	private final Runs runs;

	private final DataDirectory dataDirectory;

	private final int keep;

	Retention(OutputFolders folders, Runs runs, DataDirectory dataDirectory,
			@Value("${tonghop.retention.runs:14}") int keep) {
		this.folders = folders;
		this.runs = runs;
		this.dataDirectory = dataDirectory;
		this.keep = Math.max(1, keep);
	}

	public Pruned prune(Round round) throws IOException {
		List<Path> runFolders = runFolders(round);
		runFolders.sort(Comparator.comparingLong(Retention::runId).reversed());
		Optional<Long> latestCompleted = runs.latestCompleted(round.code());
		int removed = 0;
		long bytes = 0;
		for (int i = keep; i < runFolders.size(); i++) {
			Path folder = runFolders.get(i);
			if (latestCompleted.isPresent() && runId(folder) == latestCompleted.get()) {
				continue;
			}
			bytes += OutputFolders.bytesUnder(folder);
			FileSystemUtils.deleteRecursively(folder);
			removed++;
		}
		return new Pruned(removed, bytes, runFolders.size() - removed);
	}

	/** The round's run folders: {@code out/<round>/<run>/}, and for the first round those from before rounds. */
	private List<Path> runFolders(Round round) throws IOException {
		List<Path> found = new ArrayList<>(numbered(folders.latest(round).getParent()));
		if (round.isFirst()) {
			found.addAll(numbered(dataDirectory.root().resolve("out")));
		}
		return found;
	}

	private static List<Path> numbered(Path parent) throws IOException {
		if (!Files.isDirectory(parent)) {
			return List.of();
		}
		try (Stream<Path> children = Files.list(parent)) {
			return children.filter(p -> p.getFileName().toString().matches("\\d{1,18}"))
				.filter(p -> Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
				.toList();
		}
	}

	private static long runId(Path folder) {
		return Long.parseLong(folder.getFileName().toString());
	}
}
