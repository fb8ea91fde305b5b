package vn.tonghop.cli;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.tonghop.outputs.ReportService;
import vn.tonghop.system.Messages;

import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code report [--unit <code>]}: re-render the reports of the latest run (after changing report settings). */
@Component
@Command(name = "report", mixinStandardHelpOptions = true)
class ReportCommand implements Callable<Integer> {

	private final ReportService reports;

	private final Messages messages;

	@Spec
	CommandSpec spec;

	@Option(names = "--unit", paramLabel = "CODE", descriptionKey = "tonghop.report.unit")
	String unit;

	ReportCommand(ReportService reports, Messages messages) {
		this.reports = reports;
		this.messages = messages;
	}

	@Override
	public Integer call() throws Exception {
		if (reports.latestRun().isEmpty()) {
			spec.commandLine().getErr().println(messages.get("cli.report.noRun"));
			return 2;
		}
		Optional<String> code = Optional.ofNullable(unit).map(u -> u.strip().toUpperCase(java.util.Locale.ROOT));
		Optional<ReportService.Rendered> rendered = reports.renderLatest(code);
		if (rendered.isEmpty()) {
			spec.commandLine().getErr().println(messages.get("cli.report.noUnit", code.orElse("")));
			return 2;
		}
		ReportService.Rendered r = rendered.get();
		spec.commandLine().getOut().println(messages.get("cli.report.done", r.reports(), String.valueOf(r.runId()),
				String.format(java.util.Locale.ROOT, "%.1f", r.millis() / 1000.0).replace('.', ','), r.folder()));
		return 0;
	}
}
