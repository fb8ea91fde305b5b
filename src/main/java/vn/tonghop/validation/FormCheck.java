package vn.tonghop.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.tonghop.finding.FileFailures;
import vn.tonghop.finding.Finding;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.system.FaultPoints;
import vn.tonghop.system.PipelineMetrics;
import vn.tonghop.system.PipelineMetrics.Stage;
import vn.tonghop.workbook.FormSubmission;
import vn.tonghop.workbook.ReadResult;
import vn.tonghop.workbook.WorkbookReader;

/**
 * A workbook read and checked as one step, for a run and for the web's "check now" alike. Contained: whatever a
 * file makes the reader or the rules throw becomes that file's E1 finding (see {@link FileFailures}).
 */
@Component
public class FormCheck {

	/**
	 * What a file gave: its submission when the form could be read, and every finding.
	 *
	 * @param submission empty when the file could not be read as the form
	 */
	public record Result(Optional<FormSubmission> submission, List<Finding> findings) {

		public boolean isRejected() {
			return submission.isEmpty() || findings.stream().anyMatch(Finding::isError);
		}

		/** The unit the form names, or null when it could not be read. */
		public String unitCode() {
			return submission.map(FormSubmission::unitCode).orElse(null);
		}
	}

	private final WorkbookReader reader;

	private final SubmissionValidator validator;

	private final PipelineMetrics metrics;

	private final FaultPoints faults;

	FormCheck(WorkbookReader reader, SubmissionValidator validator, PipelineMetrics metrics, FaultPoints faults) {
		this.reader = reader;
		this.validator = validator;
		this.metrics = metrics;
		this.faults = faults;
	}

	/**
	 * Reads and validates a file of a run (its archived copy, which cannot change under us).
	 *
	 * @param path the file's path relative to the inbox: the name findings carry, whose folder decides the scope
	 */
	public Result read(Path file, String path, OrgTree tree) {
		try {
			return readAndValidate(file, path, tree, true);
		}
		catch (Throwable failure) {
			return new Result(Optional.empty(), List.of(FileFailures.contain(FileFailures.Step.READ, path, failure)));
		}
	}

	/** The web's "check now": a file where it lies, not recorded anywhere. */
	public Result check(Path file, String path, OrgTree tree) {
		if (!WorkbookReader.isWorkbookName(file.getFileName().toString())) {
			return new Result(Optional.empty(),
					List.of(Finding.error("E1", path, "intake.notAForm", file.getFileName().toString())));
		}
		try {
			return readAndValidate(file, path, tree, false);
		}
		catch (Throwable failure) {
			return new Result(Optional.empty(), List.of(FileFailures.contain(FileFailures.Step.CHECK, path, failure)));
		}
	}

	/**
	 * @param inRun true for a run: its stages are timed into the run's metrics and its fault points apply; a web
	 * check is neither part of a run's figures nor a place faults are injected
	 */
	private Result readAndValidate(Path file, String path, OrgTree tree, boolean inRun) throws java.io.IOException {
		long start = System.nanoTime();
		if (inRun) {
			faults.failIfChosen("read", path);
		}
		ReadResult read = reader.read(file, path);
		if (inRun) {
			metrics.add(Stage.READ, start);
		}
		List<Finding> findings = new ArrayList<>(read.findings());
		if (read.submission().isEmpty()) {
			return new Result(Optional.empty(), findings);
		}
		start = System.nanoTime();
		try {
			if (inRun) {
				faults.reach("validate");
				faults.failIfChosen("validate", path);
			}
			findings.addAll(validator.validate(read.submission().get(), tree, path, read.findings()));
		}
		catch (Throwable failure) {
			findings.add(FileFailures.contain(FileFailures.Step.VALIDATE, path, failure));
		}
		if (inRun) {
			metrics.add(Stage.VALIDATE, start);
		}
		return new Result(read.submission(), findings);
	}
}
