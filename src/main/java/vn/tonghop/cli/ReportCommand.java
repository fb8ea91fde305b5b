package vn.tonghop.cli;


import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.tonghop.outputs.ReportService;
import vn.tonghop.rounds.Round;
import vn.tonghop.rounds.Rounds;
import vn.tonghop.system.Messages;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code report [--round <id>] [--unit <code>]}: re-render the reports of a round's latest run (after changing report
 * settings).
 */
@CliCommand
@Command(name = "report", mixinStandardHelpOptions = true)
class ReportCommand implements Callable<Integer> {

	private final ReportService reports;

	private final Messages messages;

	@Spec
	CommandSpec spec;

	@Option(names = "--unit", paramLabel = "CODE", descriptionKey = "tonghop.report.unit")
	String unit;

	@Option(names = "--round", paramLabel = "ROUND", descriptionKey = "tonghop.round.option")
	String roundCode;

	private final Rounds rounds;

	private final vn.tonghop.system.DataDirectory dataDirectory;

	ReportCommand(ReportService reports, Messages messages, Rounds rounds, vn.tonghop.system.DataDirectory dataDirectory) {
		this.dataDirectory = dataDirectory;
		this.reports = reports;
		this.messages = messages;
		this.rounds = rounds;
	}

	@Override
	public Integer call() throws Exception {
		Optional<Round> chosen = RoundOption.choose(rounds, roundCode, messages, spec.commandLine().getErr());
		if (chosen.isEmpty()) {
			return 2;
		}
		Round round = chosen.get();
		if (reports.latestRun(round).isEmpty()) {
			spec.commandLine().getErr().println(messages.get("cli.report.noRun"));
			return 2;
		}
		Optional<String> code = Optional.ofNullable(unit).map(u -> u.strip().toUpperCase(java.util.Locale.ROOT));
		Optional<ReportService.Rendered> rendered = reports.renderLatest(round, code);
		if (rendered.isEmpty()) {
			spec.commandLine().getErr().println(messages.get("cli.report.noUnit", code.orElse("")));
			return 2;
		}
		ReportService.Rendered r = rendered.get();
		spec.commandLine().getOut().println(messages.get("cli.report.done", r.reports(), String.valueOf(r.runId()),
				String.format(java.util.Locale.ROOT, "%.1f", r.millis() / 1000.0).replace('.', ','), r.folder()));
		FailedReportsLine.print(spec.commandLine().getOut(), messages, r.failed(),
				dataDirectory.logFile());
		return 0;
	}
}
