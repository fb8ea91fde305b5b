package vn.tonghop.outputs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tonghop.consolidation.ConsolidationService;
import vn.tonghop.consolidation.Total;
import vn.tonghop.intake.IntakeRepository;
import vn.tonghop.intake.RunWarnings;
import vn.tonghop.intake.Submissions;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.report.AnnexFile;
import vn.tonghop.report.Comparison;
import vn.tonghop.report.MidtermDocument;
import vn.tonghop.report.ReportRenderer;
import vn.tonghop.report.Timeliness;
import vn.tonghop.report.UnitRowsOf;
import vn.tonghop.reporttext.ReportPart;
import vn.tonghop.reporttext.ReportTexts;
import vn.tonghop.rounds.Round;
import vn.tonghop.rounds.Rounds;
import vn.tonghop.runs.Runs;
import vn.tonghop.system.FaultPoints;
import vn.tonghop.workflow.Reporting;
import vn.tonghop.workflow.ReportingStatus;
import vn.tonghop.system.TonghopSettings;

/**
 * Writes each unit's PDF (rendered by the report module from values handed to it) and its Excel export
 * into a run's {@code reports/} folder.
 */
@Component
class ReportsWriter {

	private final ReportRenderer renderer;

	private final UnitExports exports;

	private final ConsolidationService consolidation;

	private final IntakeRepository intake;

	private final Submissions submissions;

	private final FaultPoints faults;

	private final String grassrootsType;

	private final ReportTexts texts;

	private final Rounds rounds;

	private final Runs runs;

	private final OrgRegistry registry;

	private final Reporting reporting;

	private final RunWarnings runWarnings;

	/** Reports rendered at once: one per core. */
	private final int workers = Runtime.getRuntime().availableProcessors();

	ReportsWriter(ReportRenderer renderer, UnitExports exports, ConsolidationService consolidation,
			IntakeRepository intake, Submissions submissions, FaultPoints faults, TonghopSettings settings,
			ReportTexts texts, Rounds rounds, Runs runs, OrgRegistry registry, Reporting reporting,
			RunWarnings runWarnings) {
		this.runWarnings = runWarnings;
		this.reporting = reporting;
		this.texts = texts;
		this.rounds = rounds;
		this.runs = runs;
		this.registry = registry;
		this.submissions = submissions;
		this.renderer = renderer;
		this.exports = exports;
		this.consolidation = consolidation;
		this.intake = intake;
		this.faults = faults;
		this.grassrootsType = settings.grassrootsType();
	}

	List<OrgUnit> reportedUnits(OrgTree tree, Round round) {
		return renderer.reportedUnits(tree, round);
	}

	/** The drafts of the unit's editable sections, written from the run's figures. */
	Map<ReportPart, String> drafts(long runId, Round round, OrgTree tree, OrgUnit unit) {
		UnitRowsOf rowsOf = rowsOf(runId, round, tree);
		return renderer.drafts(round, tree, unit, rowsOf, annexFiles(round, runId),
				submissions.grassrootsWithoutCurrentSubmission(round.code(), tree, grassrootsType));
	}

	/** A unit's rows of the run, a CĐCS's narrowed to what is asked for (see {@link UnitRowsOf#of}). */
	private UnitRowsOf rowsOf(long runId, Round round, OrgTree tree) {
		return new UnitRowsOf() {
			@Override
			public List<Total> all(String unitCode) {
				return consolidation.unitRows(runId, round, tree, unitCode);
			}

			@Override
			public List<Total> of(String unitCode, Set<String> indicators) {
				return consolidation.unitRows(runId, round, tree, unitCode, indicators);
			}
		};
	}

	/** The files with findings, with the run's W7 warnings on the files they are about. */
	private List<AnnexFile> annexFiles(Round round, long runId) {
		Map<String, List<vn.tonghop.finding.Finding>> warned = new java.util.LinkedHashMap<>();
		Map<String, String> unitOf = new java.util.HashMap<>();
		runWarnings.of(runId).forEach(w -> {
			warned.computeIfAbsent(w.finding().file(), f -> new java.util.ArrayList<>()).add(w.finding());
			unitOf.put(w.finding().file(), w.unitCode());
		});
		List<AnnexFile> files = new java.util.ArrayList<>();
		for (IntakeRepository.ReceivedFile file : intake.annexFiles(round.code())) {
			List<vn.tonghop.finding.Finding> findings = new java.util.ArrayList<>(file.findings());
			findings.addAll(warned.getOrDefault(file.path(), List.of()));
			warned.remove(file.path());
			files.add(new AnnexFile(file.path(), file.unitCode(), findings));
		}
		warned.forEach((path, findings) -> files.add(new AnnexFile(path, unitOf.get(path), findings)));
		return files;
	}

	/**
	 * The round the reports compare with, with the figures of its latest completed run, each unit's from the tree of
	 * that round; none while that round has no completed run.
	 */
	private Optional<Comparison> comparison(Round round) {
		return round.previous().flatMap(rounds::find).flatMap(earlier -> runs.latestCompleted(earlier.code()).map(run -> {
			OrgTree earlierTree = registry.treeAt(earlier.referenceDate());
			return new Comparison(earlier.title(), earlier.form().lastYear(),
					code -> earlierTree.unit(code).isPresent() ? consolidation.unitRows(run, earlier, earlierTree, code)
							: List.<Total>of());
		}));
	}

	private Timeliness timeliness(Round round) {
		ReportingStatus.Late late = reporting.late(round);
		return new Timeliness(late.due(), late.units());
	}

	/** A unit's PDF and DOCX as one version, in memory. */
	record Document(byte[] pdf, byte[] docx) {
	}

	/** The unit's report from the run's figures, ending with {@code provenance} (a published version's last line). */
	Document render(long runId, Round round, OrgTree tree, OrgUnit unit, String provenance) throws IOException {
		faults.failIfChosen("report", unit.code());
		UnitRowsOf rowsOf = rowsOf(runId, round, tree);
		Set<String> notReported = submissions.grassrootsWithoutCurrentSubmission(round.code(), tree, grassrootsType);
		MidtermDocument document = renderer.document(round, tree, unit, rowsOf, annexFiles(round, runId), notReported,
				texts.of(round.code(), unit.code()), comparison(round), timeliness(round)).published(provenance);
		java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
		renderer.writePdf(document, unit.name(), pdf);
		java.io.ByteArrayOutputStream docx = new java.io.ByteArrayOutputStream();
		renderer.writeDocx(document, docx);
		return new Document(pdf.toByteArray(), docx.toByteArray());
	}

	/**
	 * Writes {@code <code>.pdf}, {@code .docx} and {@code .xlsx} of each unit into {@code folder}; returns the units
	 * whose report could not be made, with each failure's reference (see {@link UnitReportFailure}).
	 */
	java.util.SortedMap<String, String> writeAll(long runId, Round round, OrgTree tree, List<OrgUnit> units, Path folder) throws IOException {
		Files.createDirectories(folder);
		// Nothing is cached across reports: a unit's figures are read for its parent's report and again for its own,
		// so that memory holds one report's figures at a time however many districts there are.
		UnitRowsOf rowsOf = rowsOf(runId, round, tree);
		List<AnnexFile> annex = annexFiles(round, runId);
		// The few that did not report rather than the many that did: this set lives through every report.
		Set<String> notReported = submissions.grassrootsWithoutCurrentSubmission(round.code(), tree, grassrootsType);
		Optional<Comparison> comparison = comparison(round);
		Timeliness timeliness = timeliness(round);
		// Each unit's report is independent of the others (JasperReports fills a compiled report per call): they are
		// rendered on every core, each task holding one report's figures.
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(workers);
		try {
			Map<String, java.util.concurrent.Future<String>> written = new java.util.LinkedHashMap<>();
			for (OrgUnit unit : units) {
				written.put(unit.code(), pool.submit(() -> {
					UnitReportFailure.clear(folder, unit.code());
					String failure = null;
					try {
						faults.failIfChosen("report", unit.code());
						MidtermDocument document = renderer.document(round, tree, unit, rowsOf, annex, notReported,
								texts.of(round.code(), unit.code()), comparison, timeliness);
						try (OutputStream out = Files.newOutputStream(folder.resolve(unit.code() + ".pdf"))) {
							renderer.writePdf(document, unit.name(), out);
						}
						try (OutputStream out = Files.newOutputStream(folder.resolve(unit.code() + ".docx"))) {
							renderer.writeDocx(document, out);
						}
						exports.write(round.form(), unit, folder, rowsOf::all, document);
					}
					catch (RuntimeException | StackOverflowError unitsOwn) {
						failure = UnitReportFailure.recordOrRethrow(folder, unit.code(), unitsOwn);
					}
					faults.reach("report");
					return failure;
				}));
			}
			java.util.SortedMap<String, String> failed = new java.util.TreeMap<>();
			for (Map.Entry<String, java.util.concurrent.Future<String>> report : written.entrySet()) {
				Optional.ofNullable(awaitReport(report.getValue())).ifPresent(f -> failed.put(report.getKey(), f));
			}
			return failed;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Waits for one unit's report; what is not the unit's own failure (see {@link UnitReportFailure}) fails the step. */
	private static String awaitReport(java.util.concurrent.Future<String> report) throws IOException {
		try {
			return report.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new java.io.InterruptedIOException("interrupted while rendering the reports");
		}
		catch (java.util.concurrent.ExecutionException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}
}
