package vn.tonghop.outputs;

import vn.tonghop.runs.Runs;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.springframework.stereotype.Service;

import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.orgunit.Scope;
import vn.tonghop.rounds.Round;

/**
 * The rendered reports of a round's runs, by unit, for the units in the asker's scope (whose tree is the round's).
 * Files are looked up by round, run, unit and kind only; no path from a request ever reaches the file system.
 */
@Service
public class ReportFiles {

	public enum Kind {
		PDF("pdf", "application/pdf"), DOCX("docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document"), XLSX("xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), CSV("csv", "text/csv");

		private final String extension;

		private final String mediaType;

		Kind(String extension, String mediaType) {
			this.extension = extension;
			this.mediaType = mediaType;
		}

		public String extension() {
			return extension;
		}

		public String mediaType() {
			return mediaType;
		}
	}

	/**
	 * A unit's reports of one run: the kinds that exist.
	 *
	 * @param failure the reference of the failure that kept the unit's report from being made; null when it was made
	 */
	public record UnitReports(long runId, OrgUnit unit, List<Kind> kinds, String failure) {
	}

	private final Runs runs;

	private final RunOutputs outputs;

	private final ReportsWriter renderer;

	ReportFiles(Runs runs, RunOutputs outputs, ReportsWriter renderer) {
		this.runs = runs;
		this.outputs = outputs;
		this.renderer = renderer;
	}

	/** Completed runs of the round whose outputs are on disk, newest first. */
	public List<Long> runsWithReports(Round round) {
		return runs.completedNewestFirst(round.code())
			.stream()
			.filter(id -> Files.isDirectory(outputs.folder(round, id).resolve("reports")))
			.toList();
	}

	/** The reports of one run of the round for every reported unit in scope, the scope's own unit first. */
	public List<UnitReports> of(Scope scope, Round round, long runId) {
		List<UnitReports> result = new ArrayList<>();
		List<OrgUnit> reported = renderer.reportedUnits(scope.tree(), round);
		for (OrgUnit unit : scope.units()) {
			if (reported.contains(unit)) {
				List<Kind> kinds = java.util.Arrays.stream(Kind.values())
					.filter(k -> Files.isRegularFile(path(round, runId, unit.code(), k)))
					.toList();
				// A unit whose report failed still has its figures: its rows of totals.csv.
				Optional<String> failure = failureOf(round, runId, unit.code());
				if ((!kinds.isEmpty() || failure.isPresent()) && Files.isRegularFile(totalsCsv(round, runId))) {
					kinds = new ArrayList<>(kinds);
					kinds.add(Kind.CSV);
				}
				if (!kinds.isEmpty() || failure.isPresent()) {
					result.add(new UnitReports(runId, unit, kinds, failure.orElse(null)));
				}
			}
		}
		result.sort(Comparator.comparing((UnitReports r) -> !r.unit().code().equals(scope.unitCode()))
			.thenComparing(r -> r.unit().code()));
		return result;
	}

	/** One report file of a unit in scope (not the CSV: {@link #writeCsv}); empty when it does not exist. */
	public Optional<Path> file(Scope scope, Round round, long runId, String unitCode, Kind kind) throws IOException {
		scope.require(unitCode);
		if (!runs.find(runId).map(r -> r.roundCode().equals(round.code())).orElse(false)) {
			return Optional.empty();
		}
		Path file = path(round, runId, unitCode, kind);
		return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
	}

	/**
	 * Writes a unit's CSV: the header and the rows of the run's totals.csv whose unit is in the unit's subtree, as
	 * they stand there (same order, same bytes). Cut out on request rather than kept beside the PDF: a province's
	 * CSV would be its whole totals.csv again, a district's a large part of it.
	 * @return false when the run is not the round's or has no totals.csv (see {@link #hasCsv})
	 */
	public boolean writeCsv(Scope scope, Round round, long runId, String unitCode, OutputStream out)
			throws IOException {
		if (!hasCsv(scope, round, runId, unitCode)) {
			return false;
		}
		Path totals = totalsCsv(round, runId);
		Set<String> units = new HashSet<>();
		scope.tree().subtree(unitCode).forEach(u -> units.add(u.code()));
		try (BufferedReader reader = Files.newBufferedReader(totals, StandardCharsets.UTF_8);
				Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
			writer.write(reader.readLine() + "\n");
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (units.contains(unitOf(line))) {
					writer.write(line);
					writer.write('\n');
				}
			}
		}
		return true;
	}

	/** Whether {@link #writeCsv} has something to write; a unit out of scope is refused (ScopeViolation). */
	public boolean hasCsv(Scope scope, Round round, long runId, String unitCode) {
		scope.require(unitCode);
		return runs.find(runId).map(r -> r.roundCode().equals(round.code())).orElse(false)
				&& Files.isRegularFile(totalsCsv(round, runId));
	}

	/** The first field of a totals.csv line (codes are quoted only when they hold a comma or a quote). */
	private static String unitOf(String line) throws IOException {
		if (!line.startsWith("\"")) {
			int comma = line.indexOf(',');
			return comma < 0 ? line : line.substring(0, comma);
		}
		try (CSVParser parser = CSVParser.parse(line, CSVFormat.DEFAULT)) {
			return parser.getRecords().get(0).get(0);
		}
	}

	private Path totalsCsv(Round round, long runId) {
		return outputs.folder(round, runId).resolve("totals.csv");
	}

	/** The units whose report a run's outputs in {@code runFolder} could not make, by code, with each reference. */
	public static java.util.SortedMap<String, String> failedIn(Path runFolder) throws IOException {
		java.util.SortedMap<String, String> failed = new java.util.TreeMap<>();
		Path reports = runFolder.resolve("reports");
		if (Files.isDirectory(reports)) {
			try (var files = Files.list(reports)) {
				for (Path file : (Iterable<Path>) files::iterator) {
					String name = file.getFileName().toString();
					if (name.endsWith(UnitReportFailure.SUFFIX)) {
						String unit = name.substring(0, name.length() - UnitReportFailure.SUFFIX.length());
						UnitReportFailure.of(reports, unit).ifPresent(reference -> failed.put(unit, reference));
					}
				}
			}
		}
		return failed;
	}

	private Optional<String> failureOf(Round round, long runId, String unitCode) {
		try {
			return UnitReportFailure.of(outputs.folder(round, runId).resolve("reports"), unitCode);
		}
		catch (IOException unreadable) {
			throw new java.io.UncheckedIOException(unreadable);
		}
	}

	private Path path(Round round, long runId, String unitCode, Kind kind) {
		return outputs.folder(round, runId).resolve("reports").resolve(unitCode + "." + kind.extension());
	}
}
