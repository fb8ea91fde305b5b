package vn.tonghop.outputs;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

import vn.tonghop.finding.FileFailures;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingFormatter;
import vn.tonghop.intake.IntakeRepository;
import vn.tonghop.intake.RunWarnings;
import vn.tonghop.system.FaultPoints;
import vn.tonghop.workbook.AnnotatedCopyWriter;

/**
 * findings.csv (every finding of every file received, in Vietnamese, opening in Excel) and the annotated copy of
 * every returned workbook in {@code rejected/}, a page of files at a time.
 */
@Component
class FindingsWriter {

	private final vn.tonghop.intake.Archive archive;

	private final IntakeRepository intake;

	private final FindingFormatter formatter;

	private final AnnotatedCopyWriter annotated;

	private final FaultPoints faults;

	private final RunWarnings runWarnings;

	FindingsWriter(vn.tonghop.intake.Archive archive, IntakeRepository intake, FindingFormatter formatter,
			AnnotatedCopyWriter annotated, FaultPoints faults, RunWarnings runWarnings) {
		this.runWarnings = runWarnings;
		this.archive = archive;
		this.intake = intake;
		this.formatter = formatter;
		this.annotated = annotated;
		this.faults = faults;
	}

	/** The files received in runs after {@code sinceRunId} up to {@code runId}, written into {@code folder}. */
	void write(String roundCode, long sinceRunId, long runId, Path folder) throws IOException {
		Writer bom = Files.newBufferedWriter(folder.resolve("findings.csv"), StandardCharsets.UTF_8);
		// A byte order mark first, so that Excel opens the Vietnamese text as UTF-8.
		bom.write('\uFEFF');
		try (Writer writer = bom;
				CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
					.setHeader("file", "unit_code", "status", "severity", "code", "sheet", "cell", "indicator", "year",
							"message")
					.setRecordSeparator("\n")
					.get())) {
			intake.forEachReceivedIn(roundCode, sinceRunId, runId, file -> {
				try {
					List<Finding> findings = new ArrayList<>(file.findings());
					if (file.status().equals("REJECTED")) {
						annotate(file, folder.resolve("rejected").resolve(vn.tonghop.workbook.AnnotatedCopyWriter.nameFor(file.path())))
							.ifPresent(findings::add);
					}
					for (Finding f : findings) {
						csv.printRecord(file.path(), file.unitCode(), file.status(), formatter.severity(f), f.code(),
								f.sheet(), f.cell(), f.indicator(), f.year(), formatter.message(f));
					}
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
			printRunWarnings(csv, runId);
		}
		catch (java.io.UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	/** The run's W7 warnings, each on the file of the unit's current submission, after the files received. */
	private void printRunWarnings(CSVPrinter csv, long runId) throws IOException {
		for (RunWarnings.Warning w : runWarnings.of(runId)) {
			Finding f = w.finding();
			csv.printRecord(f.file(), w.unitCode(), "ACCEPTED", formatter.severity(f), f.code(), f.sheet(), f.cell(),
					f.indicator(), f.year(), formatter.message(f));
		}
	}

	/**
	 * The annotated copy of a returned file. Whatever the workbook makes POI throw while the copy is written (broken
	 * records that reading tolerated, external references, fuzzed parts) is the file's own failure: no copy, a
	 * finding that says so instead, and the other files' outputs go on.
	 */
	private Optional<Finding> annotate(IntakeRepository.ReceivedFile file, Path copy) {
		try {
			faults.failIfChosen("annotate", file.path());
			annotated.write(archive.read(file.archivePath(), file.sha256()), file.findings(), copy);
			return Optional.empty();
		}
		catch (Throwable failure) {
			Finding finding = FileFailures.contain(FileFailures.Step.ANNOTATE, file.path(), failure);
			try {
				Files.deleteIfExists(copy);
			}
			catch (IOException ex) {
				failure.addSuppressed(ex);
			}
			return Optional.of(finding);
		}
	}
}
