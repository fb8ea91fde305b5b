package vn.tonghop.report;

import org.apache.commons.csv.CSVFormat;
import org.springframework.stereotype.Component;

import vn.tonghop.consolidation.ConsolidationService;
import vn.tonghop.consolidation.Total;
import vn.tonghop.consolidation.TotalsRepository;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.system.DataDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Writes a run's totals.csv: {@code unit_code,indicator,period,value}, the contract other systems rely on. */
@Component
class TotalsCsvWriter {

	private final TotalsRepository totals;

	private final ConsolidationService consolidation;

	private final OrgRegistry registry;

	private final RunHistory runs;

	private final DataDirectory dataDirectory;

	TotalsCsvWriter(TotalsRepository totals, ConsolidationService consolidation, OrgRegistry registry,
			RunHistory runs, DataDirectory dataDirectory) {
		this.totals = totals;
		this.consolidation = consolidation;
		this.registry = registry;
		this.runs = runs;
		this.dataDirectory = dataDirectory;
	}

	/**
	 * totals.csv, ordered by unit then indicator then period. When the previous completed run consolidated over the
	 * same registry, its file is copied line by line, and only the rows of the units above the CĐCS and of the CĐCS
	 * with a new accepted file in this run are replaced: a re-run after a few late files does not decode every
	 * submission again. Otherwise every row is made anew: the stored rows of the units above the CĐCS merged with
	 * those of each CĐCS from its current submission, both in unit order, so memory holds one unit at a time.
	 */
	void write(long runId, Path file) throws IOException {
		Optional<Path> previous = runs.previousWithSameRegistry(runId)
			.map(id -> dataDirectory.outputs().resolve(String.valueOf(id)).resolve("totals.csv"))
			.filter(Files::isRegularFile);
		if (previous.isPresent()) {
			writeTotalsFrom(previous.get(), runId, file);
		}
		else {
			regenerate(runId, file);
		}
	}

	/** Every row made anew. */
	void regenerate(long runId, Path file) throws IOException {
		Replacements upper = upperUnits(runId);
		try (TotalsCsv csv = new TotalsCsv(file)) {
			consolidation.grassrootsRows(row -> {
				upper.printBefore(row.unitCode(), csv);
				csv.print(row);
			});
			upper.printRest(csv);
		}
	}

	private void writeTotalsFrom(Path previous, long runId, Path file) throws IOException {
		Replacements replaced = upperUnits(runId);
		var tree = registry.tree();
		for (String unit : runs.unitsWithNewSubmissions(runId)) {
			replaced.add(unit, () -> consolidation.grassrootsRows(tree, unit));
		}
		try (TotalsCsv csv = new TotalsCsv(file); InputStream in = Files.newInputStream(previous)) {
			// Bytes, not lines: a province's file has millions of rows, nearly all copied as they are.
			new UnitBlocks(in).forEach((unit, bytes, offset, length) -> {
				replaced.printBefore(unit, csv);
				if (!replaced.contains(unit)) {
					csv.copy(bytes, offset, length);
				}
			});
			replaced.printRest(csv);
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

		boolean contains(String unit) {
			return units.containsKey(unit);
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

	/**
	 * Reads a totals.csv (after its header) as blocks of consecutive lines of one unit, each handed over as the
	 * bytes it has in the file. The unit is the first field, up to the first comma (unit codes hold none).
	 */
	static final class UnitBlocks {

		interface Consumer {

			void accept(String unit, byte[] bytes, int offset, int length);
		}

		private final InputStream in;

		private byte[] buffer;

		UnitBlocks(InputStream in) {
			this(in, 1 << 20);
		}

		UnitBlocks(InputStream in, int bufferSize) {
			this.in = in;
			this.buffer = new byte[bufferSize];
		}

		/** @throws IOException also when the file has not even its header line */
		void forEach(Consumer out) throws IOException {
			int length = 0;
			boolean eof = false;
			boolean header = true;
			while (true) {
				if (!eof) {
					length += in.readNBytes(buffer, length, buffer.length - length);
					eof = length < buffer.length;
				}
				int start = 0;
				int blockStart = 0;
				String blockUnit = null;
				byte[] blockUnitBytes = null;
				while (true) {
					int newline = indexOf(buffer, (byte) '\n', start, length);
					if (newline < 0 && !(eof && start < length)) {
						break;
					}
					int end = newline < 0 ? length : newline + 1;
					if (header) {
						header = false;
					}
					else {
						int comma = indexOf(buffer, (byte) ',', start, end);
						int unitEnd = comma < 0 ? end : comma;
						// Compared as bytes: a unit's String is made once a block, not once a line (millions).
						boolean sameUnit = blockUnitBytes != null
								&& Arrays.equals(buffer, start, unitEnd, blockUnitBytes, 0, blockUnitBytes.length);
						if (!sameUnit) {
							if (blockUnit == null) {
								blockStart = start;
							}
							else {
								out.accept(blockUnit, buffer, blockStart, start - blockStart);
								blockStart = start;
							}
							blockUnitBytes = Arrays.copyOfRange(buffer, start, unitEnd);
							blockUnit = new String(blockUnitBytes, StandardCharsets.UTF_8);
						}
					}
					start = end;
				}
				if (blockUnit != null) {
					out.accept(blockUnit, buffer, blockStart, start - blockStart);
				}
				if (eof) {
					if (header) {
						throw new IOException("totals.csv without its header line");
					}
					return;
				}
				// The partial last line waits for the next read; a line longer than the buffer grows it.
				System.arraycopy(buffer, start, buffer, 0, length - start);
				length -= start;
				if (length == buffer.length) {
					buffer = Arrays.copyOf(buffer, buffer.length * 2);
				}
			}
		}

		private static int indexOf(byte[] bytes, byte b, int from, int to) {
			for (int i = from; i < to; i++) {
				if (bytes[i] == b) {
					return i;
				}
			}
			return -1;
		}
	}

	/**
	 * One CSV record as {@link CSVFormat#DEFAULT} writes it. Nearly every field is a plain code or number that no
	 * CSV dialect quotes, and those are joined directly (millions of rows at national scale); anything else goes
	 * through Commons CSV.
	 */
	static String line(String... fields) {
		for (String field : fields) {
			if (!isPlain(field)) {
				return CSVFormat.DEFAULT.format((Object[]) fields);
			}
		}
		return String.join(",", fields);
	}

	/** Letters and digits of ASCII, then also "-", "_" and "."; nothing a CSV writer would quote. */
	private static boolean isPlain(String field) {
		if (field.isEmpty() || !Character.isLetterOrDigit(field.charAt(0)) || field.charAt(0) > 0x7F) {
			return false;
		}
		for (int i = 1; i < field.length(); i++) {
			char c = field.charAt(i);
			boolean plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
					|| c == '_' || c == '.';
			if (!plain) {
				return false;
			}
		}
		return true;
	}

	/** The writer of totals.csv: header, plain numbers, "\n" line ends. */
	private static final class TotalsCsv implements AutoCloseable {

		private static final byte[] HEADER = "unit_code,indicator,period,value\n".getBytes(StandardCharsets.UTF_8);

		private final java.io.OutputStream out;

		TotalsCsv(Path file) throws IOException {
			out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
			write(HEADER, 0, HEADER.length);
		}

		void print(Total t) {
			byte[] line = (line(t.unitCode(), t.indicator(), t.period(), RunOutputs.plain(t.value())) + "\n")
				.getBytes(StandardCharsets.UTF_8);
			write(line, 0, line.length);
		}

		/** Lines as they were in an earlier totals.csv, "\n" ends included. */
		void copy(byte[] bytes, int offset, int length) {
			write(bytes, offset, length);
			if (length > 0 && bytes[offset + length - 1] != '\n') {
				write(new byte[] { '\n' }, 0, 1);
			}
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
