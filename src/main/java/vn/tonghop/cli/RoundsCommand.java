package vn.tonghop.cli;


import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.tonghop.rounds.Round;
import vn.tonghop.rounds.RoundRejected;
import vn.tonghop.rounds.Rounds;
import vn.tonghop.system.Messages;
import vn.tonghop.system.VietnameseFormat;

import java.io.PrintWriter;
import java.time.LocalDate;

/**
 * {@code rounds create}, {@code rounds list}, {@code rounds compare}: the reporting rounds (đợt báo cáo) of the
 * installation.
 */
@CliCommand
@Command(name = "rounds", mixinStandardHelpOptions = true)
class RoundsCommand {

	private final Rounds rounds;

	private final Messages messages;

	@Spec
	CommandSpec spec;

	RoundsCommand(Rounds rounds, Messages messages) {
		this.rounds = rounds;
		this.messages = messages;
	}

	@Command(name = "create", mixinStandardHelpOptions = true)
	int create(
			@Option(names = "--form", required = true, paramLabel = "ID[:VERSION]",
					descriptionKey = "tonghop.rounds.create.form") String form,
			@Option(names = "--title", required = true, paramLabel = "TITLE",
					descriptionKey = "tonghop.rounds.create.title") String title,
			@Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
					descriptionKey = "tonghop.rounds.create.referenceDate") LocalDate referenceDate,
			@Option(names = "--id", paramLabel = "CODE", descriptionKey = "tonghop.rounds.create.id") String code) {
		try {
			Round round = rounds.create(form, title, referenceDate, code);
			spec.commandLine().getOut().println(messages.get("cli.rounds.created", round.code(), round.title(),
					round.form().id(), round.form().version(), VietnameseFormat.shortDate(round.referenceDate())));
			return 0;
		}
		catch (RoundRejected rejected) {
			spec.commandLine().getErr().println(messages.get(rejected.key(), rejected.messageArgs()));
			return 1;
		}
	}

	@Command(name = "compare", mixinStandardHelpOptions = true)
	int compare(
			@Option(names = "--round", required = true, paramLabel = "ROUND",
					descriptionKey = "tonghop.rounds.compare.round") String code,
			@Option(names = "--with", paramLabel = "ROUND", descriptionKey = "tonghop.rounds.compare.with") String with) {
		try {
			Round round = rounds.compareWith(code, with);
			spec.commandLine().getOut().println(with == null ? messages.get("cli.rounds.compareNone", round.title())
					: messages.get("cli.rounds.compared", round.title(), rounds.require(with).title()));
			return 0;
		}
		catch (RoundRejected rejected) {
			spec.commandLine().getErr().println(messages.get(rejected.key(), rejected.messageArgs()));
			return 1;
		}
	}

	@Command(name = "list", mixinStandardHelpOptions = true)
	int list() {
		PrintWriter out = spec.commandLine().getOut();
		for (Round round : rounds.all()) {
			out.println(messages.get("cli.rounds.line", round.code(), round.title(), round.form().id(),
					round.form().version(), round.form().periodText(), VietnameseFormat.shortDate(round.referenceDate()),
					messages.get(round.open() ? "cli.rounds.open" : "cli.rounds.closed"),
					round.previous().map(p -> messages.get("cli.rounds.comparedWith", p)).orElse("")));
		}
		return 0;
	}
}
