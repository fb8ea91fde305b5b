package vn.tonghop.report;

import org.apache.commons.csv.CSVFormat;
import org.springframework.stereotype.Component;

import vn.tonghop.consolidation.ConsolidationService;
import vn.tonghop.consolidation.Total;
import vn.tonghop.consolidation.TotalsRepository;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.system.DataDirectory;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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
		try (TotalsCsv csv = new TotalsCsv(file); Stream<Total> stored = totals.ofRun(runId)) {
			java.util.Iterator<Total> upper = stored.iterator();
			Total[] pending = { upper.hasNext() ? upper.next() : null };
			consolidation.grassrootsRows(row -> {
				while (pending[0] != null && pending[0].unitCode().compareTo(row.unitCode()) < 0) {
					csv.print(pending[0]);
					pending[0] = upper.hasNext() ? upper.next() : null;
				}
				csv.print(row);
			});
			while (pending[0] != null) {
				csv.print(pending[0]);
				pending[0] = upper.hasNext() ? upper.next() : null;
			}
		}
	}

	private void writeTotalsFrom(Path previous, long runId, Path file) throws IOException {
		java.util.TreeMap<String, List<Total>> replaced = new java.util.TreeMap<>();
		try (Stream<Total> stored = totals.ofRun(runId)) {
			stored.forEach(t -> replaced.computeIfAbsent(t.unitCode(), k -> new ArrayList<>()).add(t));
		}
		var tree = registry.tree();
		for (String unit : runs.unitsWithNewSubmissions(runId)) {
			replaced.put(unit, consolidation.grassrootsRows(tree, unit));
		}
		try (TotalsCsv csv = new TotalsCsv(file);
				java.io.BufferedReader reader = Files.newBufferedReader(previous, StandardCharsets.UTF_8)) {
			String header = reader.readLine();
			if (header == null) {
				throw new IOException("Empty " + previous);
			}
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String unit = line.substring(0, line.indexOf(','));
				while (!replaced.isEmpty() && replaced.firstKey().compareTo(unit) < 0) {
					replaced.pollFirstEntry().getValue().forEach(csv::print);
				}
				if (!replaced.containsKey(unit)) {
					csv.copy(line);
				}
			}
			replaced.values().forEach(rows -> rows.forEach(csv::print));
		}
	}

	/** The writer of totals.csv: header, plain numbers, "\n" line ends. */
	private static final class TotalsCsv implements AutoCloseable {

		private final Writer writer;

		TotalsCsv(Path file) throws IOException {
			writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
			writer.write("unit_code,indicator,period,value\n");
		}

		void print(Total t) {
			copy(CSVFormat.DEFAULT.format(t.unitCode(), t.indicator(), t.period(), RunOutputs.plain(t.value())));
		}

		void copy(String line) {
			try {
				writer.write(line);
				writer.write('\n');
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}

		@Override
		public void close() throws IOException {
			writer.close();
		}
	}
}
