package vn.tonghop.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.tonghop.outputs.Retention;
import vn.tonghop.rounds.Round;
import vn.tonghop.rounds.Rounds;
import vn.tonghop.system.Messages;

/**
 * {@code prune [--round <id>]}: removes the outputs of runs older than the last {@code tonghop.retention.runs} of each
 * round (of one round with {@code --round}), as every run does after itself. The archive, the database and published
 * reports are never touched.
 */
@CliCommand
@Command(name = "prune", mixinStandardHelpOptions = true)
class PruneCommand implements Callable<Integer> {

	private final Rounds rounds;

	private final Retention retention;

	private final Messages messages;

	@Spec
	CommandSpec spec;

	@Option(names = "--round", paramLabel = "ROUND", descriptionKey = "tonghop.round.option")
	String roundCode;

	PruneCommand(Rounds rounds, Retention retention, Messages messages) {
		this.rounds = rounds;
		this.retention = retention;
		this.messages = messages;
	}

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		List<Round> chosen = roundCode == null ? rounds.all() : rounds.find(roundCode).map(List::of).orElse(List.of());
		if (chosen.isEmpty()) {
			spec.commandLine().getErr().println(messages.get("cli.prune.unknownRound", roundCode));
			return 2;
		}
		for (Round round : chosen) {
			Retention.Pruned pruned = retention.prune(round);
			out.println(messages.get("cli.prune.done", round.title(), round.code(), pruned.folders(),
					String.format(java.util.Locale.ROOT, "%.1f", pruned.bytes() / 1_000_000.0).replace('.', ','),
					pruned.kept()));
		}
		return 0;
	}
}
