package vn.tonghop.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;


import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.orgunit.Scope;
import vn.tonghop.rounds.Round;
import vn.tonghop.rounds.Rounds;
import vn.tonghop.system.Messages;
import vn.tonghop.workflow.Reporting;
import vn.tonghop.workflow.ReportingStatus;
import vn.tonghop.workflow.ReportingText;

/**
 * {@code status [--round <id>] [--unit <code>]}: who has reported in a round under a unit (the whole tree by
 * default): counts of the CĐCS with an accepted file, on time or late, then a line per CĐCS without one, starting with
 * its code, with why and whom to call. Exits 0 whether or not units are missing.
 */
@CliCommand
@Command(name = "status", mixinStandardHelpOptions = true)
class StatusCommand implements Callable<Integer> {

	private final Rounds rounds;

	private final OrgRegistry registry;

	private final Reporting reporting;

	private final ReportingText text;

	private final Messages messages;

	@Spec
	CommandSpec spec;

	@Option(names = "--round", paramLabel = "ROUND", descriptionKey = "tonghop.round.option")
	String roundCode;

	@Option(names = "--unit", paramLabel = "CODE", descriptionKey = "tonghop.status.unit")
	String unit;

	StatusCommand(Rounds rounds, OrgRegistry registry, Reporting reporting, ReportingText text, Messages messages) {
		this.text = text;
		this.rounds = rounds;
		this.registry = registry;
		this.reporting = reporting;
		this.messages = messages;
	}

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Optional<Round> chosen = RoundOption.choose(rounds, roundCode, messages, err);
		if (chosen.isEmpty()) {
			return 2;
		}
		Round round = chosen.get();
		OrgTree tree = registry.treeAt(round.referenceDate());
		Optional<OrgUnit> top = unit != null ? tree.unitIgnoringCase(unit)
				: tree.units().stream().filter(u -> u.parentCode() == null).findFirst();
		if (top.isEmpty()) {
			err.println(messages.get("cli.template.unknownUnit", unit == null ? "" : unit));
			return 2;
		}
		ReportingStatus status = reporting.of(round, Scope.wholeTree(tree), top.get().code());
		out.print(text.plain(status));
		return 0;
	}
}
