package vn.tonghop.intake;

import org.springframework.stereotype.Component;

import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.system.PipelineMetrics;
import vn.tonghop.system.PipelineMetrics.Stage;
import vn.tonghop.finding.FileFailures;
import vn.tonghop.finding.Finding;
import vn.tonghop.validation.SubmissionValidator;
import vn.tonghop.workbook.FormSubmission;
import vn.tonghop.workbook.ReadResult;
import vn.tonghop.workbook.WorkbookReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Takes one inbox file: fingerprints it, skips content already received, archives new content, then reads and
 * validates the archived copy (which cannot change under us). Writes nothing to the database: the outcome is
 * stored by the caller in one transaction.
 */
@Component
public class FileProcessor {

	private final Archive archive;

	private final IntakeRepository repository;

	private final WorkbookReader reader;

	private final SubmissionValidator validator;

	private final PipelineMetrics metrics;

	private final vn.tonghop.system.FaultPoints faults;

	FileProcessor(Archive archive, IntakeRepository repository, WorkbookReader reader, SubmissionValidator validator,
			PipelineMetrics metrics, vn.tonghop.system.FaultPoints faults) {
		this.faults = faults;
		this.metrics = metrics;
		this.archive = archive;
		this.repository = repository;
		this.reader = reader;
		this.validator = validator;
	}

	/**
	 * Takes a file the run's snapshot did not already know as unchanged (same path, size and time as a content
	 * received before: those are marked when the inbox is listed, see {@link IntakeRepository#saveSnapshot}).
	 */
	public FileOutcome process(Path inbox, InboxFile file, OrgTree tree) throws IOException {
		Path source = inbox.resolve(file.path());
		String name = file.path().substring(file.path().lastIndexOf('/') + 1);
		if (!Files.isRegularFile(source) || changedSinceListed(source, file)) {
			// Gone, or still being written (copied in while the run began): the next run takes it whole.
			return outcome(file, null, null, Outcome.DEFERRED, null, null, null, List.of());
		}
		long start = System.nanoTime();
		String sha256 = Archive.sha256(source);
		if (repository.isKnown(sha256)) {
			metrics.add(Stage.ARCHIVE, start);
			return outcome(file, sha256, null, Outcome.UNCHANGED, null, null, null, List.of());
		}
		String archived = archive.store(source, sha256, name);
		metrics.add(Stage.ARCHIVE, start);
		if (!archived.equals(sha256)) {
			// The file changed between two reads: it is still being copied. The next run takes it whole.
			return outcome(file, null, null, Outcome.DEFERRED, null, null, null, List.of());
		}
		Path copy = archive.pathOf(sha256, name);
		String archivePath = sha256.substring(0, 2) + "/" + copy.getFileName();
		if (!WorkbookReader.isWorkbookName(name)) {
			return outcome(file, sha256, archivePath, Outcome.NOT_FORM, null, null, null,
					List.of(Finding.error("E1", file.path(), "intake.notAForm", name)));
		}
		try {
			return readAndValidate(file, sha256, archivePath, copy, tree);
		}
		catch (Throwable failure) {
			Finding failed = FileFailures.contain(FileFailures.Step.READ, file.path(), failure);
			return outcome(file, sha256, archivePath, Outcome.REJECTED, null, null, null, List.of(failed));
		}
	}

	/** Reading and validating the archived copy; what either throws is the file's own failure (see the caller). */
	private FileOutcome readAndValidate(InboxFile file, String sha256, String archivePath, Path copy, OrgTree tree)
			throws IOException {
		long start = System.nanoTime();
		faults.failIfChosen("read", file.path());
		ReadResult read = reader.read(copy, file.path());
		metrics.add(Stage.READ, start);
		List<Finding> findings = new ArrayList<>(read.findings());
		if (read.submission().isEmpty()) {
			return outcome(file, sha256, archivePath, Outcome.REJECTED, null, null, null, findings);
		}
		FormSubmission submission = read.submission().get();
		start = System.nanoTime();
		faults.reach("validate");
		try {
			faults.failIfChosen("validate", file.path());
			findings.addAll(validator.validate(submission, tree, file.path(), read.findings()));
		}
		catch (Throwable failure) {
			findings.add(FileFailures.contain(FileFailures.Step.VALIDATE, file.path(), failure));
		}
		metrics.add(Stage.VALIDATE, start);
		boolean rejected = findings.stream().anyMatch(Finding::isError);
		return outcome(file, sha256, archivePath, rejected ? Outcome.REJECTED : Outcome.ACCEPTED,
				submission.unitCode(), submission.formVersion(), rejected ? null : Figures.of(submission), findings);
	}

	/** Compared to the millisecond: the listing went through a database TIMESTAMP on its way here. */
	private static boolean changedSinceListed(Path source, InboxFile file) throws IOException {
		return Files.size(source) != file.size() || Files.getLastModifiedTime(source).toMillis() != file.modified()
			.toEpochMilli();
	}

	/** What "check now" found: the unit the form names (null when unreadable) and every finding. */
	public record Checked(String unitCode, List<Finding> findings) {
	}

	/**
	 * Reads and validates a file where it lies, recording and archiving nothing: the "check now" of the web app.
	 * Contained like a run: whatever the file makes the reader throw becomes its E1 finding.
	 *
	 * @param displayPath the name findings carry, relative to the inbox (its folder decides the scope)
	 */
	public Checked check(Path file, String displayPath, OrgTree tree) {
		if (!WorkbookReader.isWorkbookName(file.getFileName().toString())) {
			return new Checked(null,
					List.of(Finding.error("E1", displayPath, "intake.notAForm", file.getFileName().toString())));
		}
		try {
			ReadResult read = reader.read(file, displayPath);
			List<Finding> findings = new ArrayList<>(read.findings());
			read.submission().ifPresent(s -> findings.addAll(validator.validate(s, tree, displayPath, read.findings())));
			return new Checked(read.submission().map(FormSubmission::unitCode).orElse(null), findings);
		}
		catch (Throwable failure) {
			return new Checked(null, List.of(FileFailures.contain(FileFailures.Step.CHECK, displayPath, failure)));
		}
	}

	private static FileOutcome outcome(InboxFile file, String sha256, String archivePath, Outcome outcome,
			String unitCode, String formVersion, Map<String, Map<Integer, Object>> figures, List<Finding> findings) {
		return new FileOutcome(file.position(), file.path(), sha256, archivePath, file.size(), file.modified(), outcome,
				unitCode, formVersion, figures, findings);
	}
}
