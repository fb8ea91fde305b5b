package vn.tonghop.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import vn.tonghop.finding.FileFailures;
import vn.tonghop.finding.Finding;
import vn.tonghop.form.Form;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.system.FaultPoints;
import vn.tonghop.system.PipelineMetrics;
import vn.tonghop.system.TonghopSettings;
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
	public record Result(Form form, Optional<FormSubmission> submission, List<Finding> findings) {

		public boolean isRejected() {
			return submission.isEmpty() || findings.stream().anyMatch(Finding::isError);
		}

		/** The unit the form names, or null when it could not be read. */
		public String unitCode() {
			return submission.map(FormSubmission::unitCode).orElse(null);
		}
	}

	private final WorkbookReader reader;

	private final String grassrootsType;

	private final vn.tonghop.system.Messages messages;

	/** A validator per form (id and version), built on first use: putting a form's rules into words is done once. */
	private final Map<String, SubmissionValidator> validators = new ConcurrentHashMap<>();

	private final PipelineMetrics metrics;

	private final FaultPoints faults;

	FormCheck(WorkbookReader reader, TonghopSettings settings, vn.tonghop.system.Messages messages,
			PipelineMetrics metrics, FaultPoints faults) {
		this.reader = reader;
		this.grassrootsType = settings.grassrootsType();
		this.messages = messages;
		this.metrics = metrics;
		this.faults = faults;
	}

	/**
	 * Reads and validates a file of a run (its archived copy, which cannot change under us).
	 *
	 * @param path the file's path relative to the inbox: the name findings carry, whose folder decides the scope
	 * @param collected the forms being collected; the file is read and checked as the one its stamp names
	 */
	public Result read(Path file, String path, OrgTree tree, List<Form> collected) {
		try {
			return readAndValidate(() -> reader.read(file, path, collected), path, tree, true);
		}
		catch (Throwable failure) {
			return new Result(null, Optional.empty(),
					List.of(FileFailures.contain(FileFailures.Step.READ, path, failure)));
		}
	}

	/** Reads and validates a file of a run from the bytes the run read once (and hashed and archived). */
	public Result read(byte[] content, String path, OrgTree tree, List<Form> collected) {
		try {
			return readAndValidate(() -> reader.read(content, path, collected), path, tree, true);
		}
		catch (Throwable failure) {
			return new Result(null, Optional.empty(),
					List.of(FileFailures.contain(FileFailures.Step.READ, path, failure)));
		}
	}

	/** The web's "check now": a file where it lies, not recorded anywhere. */
	public Result check(Path file, String path, OrgTree tree, List<Form> collected) {
		if (!WorkbookReader.isWorkbookName(file.getFileName().toString())) {
			return new Result(null, Optional.empty(),
					List.of(Finding.error("E1", path, "intake.notAForm", file.getFileName().toString())));
		}
		try {
			return readAndValidate(() -> reader.read(file, path, collected), path, tree, false);
		}
		catch (Throwable failure) {
			return new Result(null, Optional.empty(),
					List.of(FileFailures.contain(FileFailures.Step.CHECK, path, failure)));
		}
	}

	/**
	 * @param inRun true for a run: its stages are timed into the run's metrics and its fault points apply; a web
	 * check is neither part of a run's figures nor a place faults are injected
	 */
	private Result readAndValidate(java.util.function.Supplier<ReadResult> reading, String path, OrgTree tree,
			boolean inRun) throws java.io.IOException {
		long start = System.nanoTime();
		if (inRun) {
			faults.failIfChosen("read", path);
		}
		ReadResult read = reading.get();
		if (inRun) {
			metrics.add(Stage.READ, start);
		}
		List<Finding> findings = new ArrayList<>(read.findings());
		if (read.submission().isEmpty()) {
			return new Result(read.form(), Optional.empty(), findings);
		}
		start = System.nanoTime();
		try {
			if (inRun) {
				faults.reach("validate");
				faults.failIfChosen("validate", path);
			}
			SubmissionValidator validator = validators.computeIfAbsent(read.form().id() + "\u0000" + read.form().version(),
					key -> new SubmissionValidator(read.form(), grassrootsType, messages));
			findings.addAll(validator.validate(read.submission().get(), tree, path, read.findings()));
		}
		catch (Throwable failure) {
			findings.add(FileFailures.contain(FileFailures.Step.VALIDATE, path, failure));
		}
		if (inRun) {
			metrics.add(Stage.VALIDATE, start);
		}
		return new Result(read.form(), read.submission(), findings);
	}
}
