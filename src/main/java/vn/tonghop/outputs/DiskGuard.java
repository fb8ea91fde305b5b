package vn.tonghop.outputs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import vn.tonghop.rounds.Round;
import vn.tonghop.runs.Runs;
import vn.tonghop.system.DataDirectory;

/**
 * Whether the data directory's disk can hold the next runs: each round's run writes about what its previous run
 * wrote (its output folder), and {@code tonghop.disk.reserve} (200 MB) stays free for the database and the archive of
 * the night's files. A run that cannot fit is refused before it starts, rather than failing half written.
 */
@Component
public class DiskGuard {

	/** Too little room: what the runs are expected to need and what is free, in bytes. */
	public record Shortage(long needed, long free) {
	}

	private final DataDirectory dataDirectory;

	private final OutputFolders folders;

	private final Runs runs;

	private final long reserve;

	DiskGuard(DataDirectory dataDirectory, OutputFolders folders, Runs runs,
			@Value("${tonghop.disk.reserve:200MB}") DataSize reserve) {
		this.dataDirectory = dataDirectory;
		this.folders = folders;
		this.runs = runs;
		this.reserve = reserve.toBytes();
	}

	public Optional<Shortage> check(List<Round> rounds) throws IOException {
		long needed = reserve;
		for (Round round : rounds) {
			Optional<Long> previous = runs.latestCompleted(round.code());
			if (previous.isPresent()) {
				needed += OutputFolders.bytesUnder(folders.run(round, previous.get()));
			}
		}
		long free = freeBytes();
		return free < needed ? Optional.of(new Shortage(needed, free)) : Optional.empty();
	}

	/** The free space of the data directory's file system, for people to see. */
	public long freeBytes() throws IOException {
		return Files.getFileStore(dataDirectory.root()).getUsableSpace();
	}

	private volatile long measuredBytes = -1;

	private volatile long measuredAt;

	/**
	 * The data directory's size: every file under it, measured at most every five minutes (a province's archive holds
	 * a hundred thousand files; the dashboard asks on every visit).
	 */
	public long dataBytes() throws IOException {
		if (measuredBytes < 0 || System.currentTimeMillis() - measuredAt > 300_000) {
			measuredBytes = OutputFolders.bytesUnder(dataDirectory.root());
			measuredAt = System.currentTimeMillis();
		}
		return measuredBytes;
	}
}
