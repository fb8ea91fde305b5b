package vn.tonghop.outputs;

import vn.tonghop.intake.Submissions;
import vn.tonghop.runs.Runs;

import org.springframework.stereotype.Component;

import vn.tonghop.consolidation.ConsolidationService;
import vn.tonghop.consolidation.Total;
import vn.tonghop.consolidation.TotalsRepository;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.rounds.Round;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Writes a run's totals.csv: {@code unit_code,indicator,period,value}, the contract other systems rely on. */
@Component
public class TotalsCsvWriter {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TotalsCsvWriter.class);

	private final TotalsRepository totals;

	private final ConsolidationService consolidation;

	private final OrgRegistry registry;

	private final Runs runs;

	private final Submissions submissions;

	private final OutputFolders folders;

	TotalsCsvWriter(TotalsRepository totals, ConsolidationService consolidation, OrgRegistry registry,
			Runs runs, Submissions submissions, OutputFolders folders) {
		this.submissions = submissions;
		this.totals = totals;
		this.consolidation = consolidation;
		this.registry = registry;
		this.runs = runs;
		this.folders = folders;
	}

	/**
	 * totals.csv, ordered by unit then indicator then period. When the previous completed run consolidated over the
	 * same registry, its file is copied, and only the rows of the units above the CĐCS and of the CĐCS
	 * with a new accepted file in this run are replaced: a re-run after a few late files does not decode every
	 * submission again. Otherwise, or when more than a quarter of the units have new files, every row is made anew:
	 * the stored rows of the units above the CĐCS merged with those of each CĐCS from its current submission, both
	 * in unit order, so memory holds one unit at a time.
	 */
	void write(long runId, Round round, Path file) throws IOException {
		Optional<Path> previous = runs.previousWithSameRegistry(runId)
			.map(id -> folders.run(round, id).resolve("totals.csv"))
			.filter(Files::isRegularFile);
		if (previous.isPresent()) {
			log.debug("totals.csv of run {} copied from {} with the changed units replaced", runId, previous.get());
			writeTotalsFrom(previous.get(), runId, round, file);
		}
		else {
			regenerate(runId, round, file);
		}
	}

	/** Every row made anew (what a run writes when no previous file can be reused). */
	public void regenerate(long runId, Round round, Path file) throws IOException {
		Replacements upper = upperUnits(runId);
		try (TotalsCsv csv = new TotalsCsv(file)) {
			// A CĐCS's lines are made on the core that decoded its submission; they are written here, in order.
			consolidation.grassrootsRows(round, (unit, rows) -> java.util.Map.entry(unit, TotalsCsvLines.of(rows)),
					unit -> {
						upper.printBefore(unit.getKey(), csv);
						csv.write(unit.getValue());
					});
			upper.printRest(csv);
		}
	}

	private void writeTotalsFrom(Path previous, long runId, Round round, Path file) throws IOException {
		var tree = registry.treeAt(round.referenceDate());
		List<String> received = submissions.unitsReceivedIn(runId);
		// A replaced unit costs a query of its own; past a quarter of the units, making every row anew (a batch
		// at a time, on every core) is quicker: replacing all 3.000 units of 3.000 took three times as long.
		Optional<PreviousTotals> opened = received.size() > tree.units().size() / 4 ? Optional.empty()
				: PreviousTotals.open(previous);
		if (opened.isEmpty()) {
			regenerate(runId, round, file);
			return;
		}
		Replacements replaced = upperUnits(runId);
		for (String unit : received) {
			replaced.add(unit, () -> consolidation.grassrootsRows(round, tree, unit));
		}
		try (PreviousTotals earlier = opened.get(); TotalsCsv csv = new TotalsCsv(file)) {
			// Every other line is copied as bytes by the kernel: a province's file has millions of rows.
			for (var next = replaced.pollFirst(); next != null; next = replaced.pollFirst()) {
				earlier.copyBefore(next.getKey(), csv.flushedChannel());
				earlier.skip(next.getKey());
				next.getValue().get().forEach(csv::print);
			}
			earlier.copyRest(csv.flushedChannel());
		}
	}

	/** The units above the CĐCS, whose rows the run's roll-up stored. */
	private Replacements upperUnits(long runId) {
		Replacements upper = new Replacements();
		totals.unitsOfRun(runId).forEach(unit -> upper.add(unit, () -> totals.ofUnit(runId, unit)));
		return upper;
	}

	/**
	 * The units whose rows are made anew, in unit order, each unit's rows fetched only when its turn comes: memory
	 * holds one unit's rows at a time, not the run's (hundreds of thousands of rows at national scale).
	 */
	private static final class Replacements {

		private final TreeMap<String, Supplier<List<Total>>> units = new TreeMap<>();

		void add(String unit, Supplier<List<Total>> rows) {
			units.put(unit, rows);
		}

		/** The first unit in order with its rows, taken out; null when none is left. */
		java.util.Map.Entry<String, Supplier<List<Total>>> pollFirst() {
			return units.pollFirstEntry();
		}

		/** Prints the rows of every unit ordered before {@code unit}. */
		void printBefore(String unit, TotalsCsv csv) {
			while (!units.isEmpty() && units.firstKey().compareTo(unit) < 0) {
				units.pollFirstEntry().getValue().get().forEach(csv::print);
			}
		}

		void printRest(TotalsCsv csv) {
			while (!units.isEmpty()) {
				units.pollFirstEntry().getValue().get().forEach(csv::print);
			}
		}
	}

	/** The writer of totals.csv: header, plain numbers, "\n" line ends; lines of an earlier file copied in between. */
	private static final class TotalsCsv implements AutoCloseable {

		private static final byte[] HEADER = "unit_code,indicator,period,value\n".getBytes(StandardCharsets.UTF_8);

		private final java.nio.channels.FileChannel channel;

		private final java.io.OutputStream out;

		TotalsCsv(Path file) throws IOException {
			channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE,
					java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE);
			out = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel), 1 << 16);
			write(HEADER, 0, HEADER.length);
		}

		void print(Total t) {
			write(TotalsCsvLines.of(List.of(t)));
		}

		void write(byte[] bytes) {
			write(bytes, 0, bytes.length);
		}

		/** The file with every line printed so far written to it, for copying lines into at its end. */
		java.nio.channels.FileChannel flushedChannel() throws IOException {
			out.flush();
			return channel;
		}

		private void write(byte[] bytes, int offset, int length) {
			try {
				out.write(bytes, offset, length);
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}

		@Override
		public void close() throws IOException {
			out.close();
		}
	}
}
