package vn.tonghop.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import vn.tonghop.consolidation.Total;
import vn.tonghop.consolidation.TotalsRepository;
import vn.tonghop.intake.IntakeRepository;
import vn.tonghop.intake.IntakeRepository.ReceivedFile;
import vn.tonghop.system.DataDirectory;
import vn.tonghop.system.PipelineMetrics;
import vn.tonghop.validation.Finding;
import vn.tonghop.validation.FindingFormatter;
import vn.tonghop.workbook.AnnotatedCopyWriter;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes a run's outputs into {@code out/<run id>/}: totals.csv (machine-readable, the contract other systems and
 * the tests rely on), findings.csv (every finding of every file received in the run, for people), an annotated
 * copy of every rejected workbook, and reports/ with the PDF, Excel and CSV of every unit above the CĐCS. Everything is written into a temporary folder and moved into place, then copied
 * to {@code out/latest/}, so a crash never leaves half an output behind.
 */
@Component
public class RunOutputs {

	private final DataDirectory dataDirectory;

	private final TotalsRepository totals;

	private final IntakeRepository intake;

	private final FindingFormatter formatter;

	private final AnnotatedCopyWriter annotated;

	private final ReportRenderer reports;

	private final vn.tonghop.orgunit.OrgRegistry registry;

	private final vn.tonghop.form.Form form;

	private final vn.tonghop.consolidation.ConsolidationService consolidation;

	private final PipelineMetrics metrics;

	private final RunHistory runs;

	RunOutputs(DataDirectory dataDirectory, TotalsRepository totals, IntakeRepository intake, FindingFormatter formatter,
			AnnotatedCopyWriter annotated, ReportRenderer reports, vn.tonghop.orgunit.OrgRegistry registry,
			vn.tonghop.form.Form form, vn.tonghop.consolidation.ConsolidationService consolidation,
			PipelineMetrics metrics, RunHistory runs) {
		this.runs = runs;
		this.consolidation = consolidation;
		this.metrics = metrics;
		this.reports = reports;
		this.registry = registry;
		this.form = form;
		this.dataDirectory = dataDirectory;
		this.totals = totals;
		this.intake = intake;
		this.formatter = formatter;
		this.annotated = annotated;
	}

	public Path folder(long runId) {
		return dataDirectory.outputs().resolve(String.valueOf(runId));
	}

	public Path write(long runId) throws IOException {
		Path out = dataDirectory.outputs();
		Path temporary = out.resolve(runId + ".tmp");
		FileSystemUtils.deleteRecursively(temporary);
		Files.createDirectories(temporary.resolve("rejected"));
		long start = System.nanoTime();
		writeTotals(runId, temporary.resolve("totals.csv"));
		writeFindings(runId, temporary);
		metrics.add(PipelineMetrics.Stage.OUTPUTS, start);
		start = System.nanoTime();
		var tree = registry.tree();
		reports.renderAll(runId, tree, reports.reportedUnits(tree, form.years()), form.years(),
				temporary.resolve("reports"));
		metrics.add(PipelineMetrics.Stage.REPORTS, start);
		Path target = folder(runId);
		FileSystemUtils.deleteRecursively(target);
		Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		Path latest = out.resolve("latest");
		Path latestTemporary = out.resolve("latest.tmp");
		FileSystemUtils.deleteRecursively(latestTemporary);
		FileSystemUtils.copyRecursively(target, latestTemporary);
		FileSystemUtils.deleteRecursively(latest);
		Files.move(latestTemporary, latest, StandardCopyOption.ATOMIC_MOVE);
		return target;
	}

	/**
	 * totals.csv, ordered by unit then indicator then period. When the previous completed run consolidated over the
	 * same registry, its file is copied line by line, and only the rows of the units above the CĐCS and of the CĐCS
	 * with a new accepted file in this run are replaced: a re-run after a few late files does not decode every
	 * submission again. Otherwise every row is made anew: the stored rows of the units above the CĐCS merged with
	 * those of each CĐCS from its current submission, both in unit order, so memory holds one unit at a time.
	 */
	private void writeTotals(long runId, Path file) throws IOException {
		Optional<Path> previous = runs.previousWithSameRegistry(runId)
			.map(id -> folder(id).resolve("totals.csv"))
			.filter(Files::isRegularFile);
		if (previous.isPresent()) {
			writeTotalsFrom(previous.get(), runId, file);
		}
		else {
			regenerateTotals(runId, file);
		}
	}

	/** Every row made anew; also the check that the incremental path gives the same file. */
	public void regenerateTotals(long runId, Path file) throws IOException {
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
			copy(CSVFormat.DEFAULT.format(t.unitCode(), t.indicator(), t.period(), plain(t.value())));
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

	private void writeFindings(long runId, Path folder) throws IOException {
		Writer bom = Files.newBufferedWriter(folder.resolve("findings.csv"), StandardCharsets.UTF_8);
		// A byte order mark first, so that Excel opens the Vietnamese text as UTF-8.
		bom.write('\uFEFF');
		try (Writer writer = bom;
				CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
					.setHeader("file", "unit_code", "status", "severity", "code", "sheet", "cell", "indicator", "year",
							"message")
					.setRecordSeparator("\n")
					.get())) {
			for (ReceivedFile file : intake.receivedIn(runId)) {
				for (Finding f : file.findings()) {
					csv.printRecord(file.path(), file.unitCode(), file.status(), formatter.severity(f), f.code(),
							f.sheet(), f.cell(), f.indicator(), f.year(), formatter.message(f));
				}
				if (file.status().equals("REJECTED")) {
					Path archived = dataDirectory.archive().resolve(file.archivePath());
					annotated.write(archived, file.findings(), folder.resolve("rejected").resolve(annotatedName(file.path())));
				}
			}
		}
	}

	/** "TN-CT/loi.xlsx" → "TN-CT_loi-chu-thich.xlsx": one flat folder, the original extension kept. */
	static String annotatedName(String path) {
		String flat = path.replace('/', '_');
		int dot = flat.lastIndexOf('.');
		return dot < 0 ? flat + "-chu-thich" : flat.substring(0, dot) + "-chu-thich" + flat.substring(dot);
	}

	/** A plain number: "." as decimal point, no grouping, no exponent; ratios keep their 2 decimals. */
	static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}
}
