package vn.tonghop.cli;


import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.tonghop.batch.RunInProgressException;
import vn.tonghop.batch.RunService;
import vn.tonghop.system.VietnameseFormat;
import vn.tonghop.workflow.ReportingStatus;
import vn.tonghop.batch.RunSummary;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.rounds.Round;
import vn.tonghop.rounds.RoundRejected;
import vn.tonghop.rounds.Rounds;
import vn.tonghop.orgunit.RegistryImportRejected;
import vn.tonghop.orgunit.RegistryLineError;
import vn.tonghop.system.DataDirectory;
import vn.tonghop.system.Messages;
import vn.tonghop.reporttext.ReportEditRejected;
import vn.tonghop.reporttext.ReportSettingsFile;
import vn.tonghop.reporttext.ReportSettingsRejected;
import vn.tonghop.targets.TargetImportRejected;
import vn.tonghop.targets.TargetRegistry;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code run --inbox <dir> [--units <file.csv>] [--targets <file.csv>] [--report-settings <file.csv>]}: one consolidation. Exits 0 when the run
 * completed (rejected files are a normal outcome), 1 when it failed, 2 when it could not start, 3 when another run
 * is in progress.
 */
@CliCommand
@Command(name = "run", mixinStandardHelpOptions = true)
class RunCommand implements Callable<Integer> {

	private final RunService runs;

	private final OrgRegistry registry;

	private final TargetRegistry targets;

	private final Messages messages;

	private final DataDirectory dataDirectory;

	@Spec
	CommandSpec spec;

	@Option(names = "--inbox", required = true, paramLabel = "DIR", descriptionKey = "tonghop.run.inbox")
	Path inbox;

	@Option(names = "--units", paramLabel = "FILE", descriptionKey = "tonghop.run.units")
	Path units;

	@Option(names = "--targets", paramLabel = "FILE", descriptionKey = "tonghop.run.targets")
	Path targetsFile;

	@Option(names = "--report-settings", paramLabel = "FILE", descriptionKey = "tonghop.run.reportSettings")
	Path reportSettingsFile;

	@Option(names = "--round", paramLabel = "ROUND", descriptionKey = "tonghop.run.round")
	String roundCode;

	@Option(names = "--forms", paramLabel = "FILE_OR_DIR", descriptionKey = "tonghop.run.forms")
	Path formsPath;

	@Option(names = "--rounds", paramLabel = "FILE", descriptionKey = "tonghop.run.rounds")
	Path roundsFile;

	private final SetupFiles setup;

	private final Rounds rounds;

	private final ReportSettingsFile reportSettings;

	RunCommand(RunService runs, OrgRegistry registry, TargetRegistry targets, ReportSettingsFile reportSettings,
			Messages messages, DataDirectory dataDirectory, Rounds rounds, SetupFiles setup) {
		this.rounds = rounds;
		this.setup = setup;
		this.runs = runs;
		this.registry = registry;
		this.targets = targets;
		this.reportSettings = reportSettings;
		this.messages = messages;
		this.dataDirectory = dataDirectory;
	}

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (!Files.isDirectory(inbox)) {
			err.println(messages.get("cli.run.noInbox", inbox.toAbsolutePath()));
			return 2;
		}
		if (formsPath != null && !Files.exists(formsPath)) {
			err.println(messages.get("cli.units.fileMissing", formsPath));
			return 2;
		}
		for (Path file : new Path[] { units, targetsFile, reportSettingsFile, roundsFile }) {
			if (file != null && !Files.isRegularFile(file)) {
				err.println(messages.get("cli.units.fileMissing", file));
				return 2;
			}
		}
		// Forms and rounds first: the files of this run may be of a round set up now.
		if (formsPath != null && !setup.importForms(formsPath, out, err)
				|| roundsFile != null && !setup.importRounds(roundsFile, out, err)) {
			return 2;
		}
		Round filesRound;
		try {
			// The targets and settings files are a round's: the one named (then only it runs), else the first.
			filesRound = roundCode != null ? rounds.require(roundCode) : rounds.first();
		}
		catch (RoundRejected rejected) {
			err.println(messages.get(rejected.key(), rejected.messageArgs()));
			return 2;
		}
		try {
			if (units != null) {
				try (InputStream in = Files.newInputStream(units)) {
					var s = registry.importCsv(in);
					out.println(messages.get("cli.units.imported", s.inserted(), s.updated(), s.unchanged()));
				}
			}
			if (targetsFile != null) {
				try (InputStream in = Files.newInputStream(targetsFile)) {
					out.println(messages.get("cli.targets.imported", targets.importCsv(filesRound, in)));
				}
			}
			if (reportSettingsFile != null) {
				try (InputStream in = Files.newInputStream(reportSettingsFile)) {
					out.println(messages.get("cli.reportSettings.imported", reportSettings.importCsv(filesRound, in,
							messages.get("cli.reportSettings.editor", reportSettingsFile.getFileName()))));
				}
			}
		}
		catch (ReportSettingsRejected rejected) {
			return refused(err, "cli.reportSettings.rejected", rejected.errors());
		}
		catch (ReportEditRejected rejected) {
			err.println(messages.get("cli.reportSettings.rejected"));
			err.println(messages.get(rejected.key(), rejected.args().toArray()));
			return 2;
		}
		catch (RegistryImportRejected rejected) {
			return refused(err, "cli.units.rejected", rejected.errors());
		}
		catch (TargetImportRejected rejected) {
			return refused(err, "cli.targets.rejected", rejected.errors());
		}
		if (registry.tree().isEmpty()) {
			err.println(messages.get("cli.run.noRegistry"));
			return 2;
		}
		List<RunSummary> summaries;
		try {
			summaries = roundCode == null ? runs.run(inbox) : runs.run(inbox, List.of(filesRound));
		}
		catch (RunInProgressException ex) {
			err.println(messages.get("cli.run.inProgress"));
			return 3;
		}
		catch (vn.tonghop.batch.DiskTooFullException full) {
			err.println(messages.get("run.diskFull", megabytes(full.needed()), megabytes(full.free())));
			return 2;
		}
		if (summaries.isEmpty()) {
			err.println(messages.get("cli.run.noOpenRound"));
			return 2;
		}
		runs.mailboxProblem().ifPresent(problem -> err.println(messages.get("cli.run.mailboxUnreachable", problem)));
		summaries.forEach(s -> print(out, s));
		// 0 when this command's runs (one a round; recovered earlier runs aside) all completed.
		return summaries.stream().filter(s -> !s.resumed()).allMatch(RunSummary::completed) ? 0 : 1;
	}

	private int refused(PrintWriter err, String key, List<RegistryLineError> errors) {
		err.println(messages.get(key));
		errors.forEach(e -> err.println("  - " + messages.get(e.key(), e.messageArgs())));
		return 2;
	}

	private static String megabytes(long bytes) {
		return vn.tonghop.system.VietnameseFormat.number(java.math.BigDecimal.valueOf(bytes / 1_000_000));
	}

	private void print(PrintWriter out, RunSummary s) {
		out.println(messages.get(s.resumed() ? "cli.run.resumedTitle" : "cli.run.title", String.valueOf(s.runId()),
				messages.get("run.status." + s.status()), s.roundTitle(), s.roundCode()));
		out.println(messages.get("cli.run.files", s.filesSeen(), s.newFiles(), s.accepted(), s.rejected(), s.notForms(),
				s.unchanged()));
		if (s.otherRound() > 0) {
			out.println(messages.get("cli.run.otherRound", s.otherRound()));
		}
		if (s.deferred() > 0) {
			out.println(messages.get("cli.run.deferred", s.deferred()));
		}
		ReportingStatus.Counts r = s.reporting();
		out.println(r.due() == null ? messages.get("cli.run.reportingNoDeadline", r.onTime() + r.late(), r.notYet())
				: messages.get("cli.run.reporting", VietnameseFormat.shortDate(r.due()), r.onTime(), r.late(),
						r.notYet()));
		out.println(messages.get("cli.run.completeness"));
		for (RunSummary.Completeness c : s.completeness()) {
			StringBuilder line = new StringBuilder(String.format("  %-10s %-48s", c.unitCode(), c.unitName()));
			c.reportedOfExpected()
				.forEach((year, pair) -> line.append(String.format("  %d: %d/%d", year, pair[0], pair[1])));
			out.println(line);
		}
		if (s.failure() != null) {
			out.println(vn.tonghop.system.IoFailures.explain(s.failure(), messages)
				.map(reason -> messages.get("cli.run.failure", reason))
				.orElseGet(() -> messages.get("cli.run.failureOther", dataDirectory.logFile())));
			return;
		}
		out.println(messages.get("cli.run.outputs", s.outputs(), s.latest()));
		FailedReportsLine.print(out, messages, s.outputs(), dataDirectory.logFile());
	}
}
