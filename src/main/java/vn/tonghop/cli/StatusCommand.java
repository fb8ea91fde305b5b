package vn.tonghop.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;


import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.tonghop.finding.FindingFormatter;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.orgunit.Scope;
import vn.tonghop.orgunit.UnitContact;
import vn.tonghop.rounds.Round;
import vn.tonghop.rounds.Rounds;
import vn.tonghop.system.Messages;
import vn.tonghop.system.VietnameseFormat;
import vn.tonghop.workflow.Reporting;
import vn.tonghop.workflow.ReportingStatus;

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

	private final FindingFormatter findings;

	private final Messages messages;

	@Spec
	CommandSpec spec;

	@Option(names = "--round", paramLabel = "ROUND", descriptionKey = "tonghop.round.option")
	String roundCode;

	@Option(names = "--unit", paramLabel = "CODE", descriptionKey = "tonghop.status.unit")
	String unit;

	StatusCommand(Rounds rounds, OrgRegistry registry, Reporting reporting, FindingFormatter findings,
			Messages messages) {
		this.rounds = rounds;
		this.registry = registry;
		this.reporting = reporting;
		this.findings = findings;
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
		out.println(messages.get("cli.status.title", round.title(), round.code(), top.get().name(), top.get().code(),
				status.due() == null ? messages.get("cli.status.noDeadline")
						: messages.get("cli.status.deadline", VietnameseFormat.shortDate(status.due()))));
		int expected = status.reported() + status.missing().size();
		// Without a deadline nothing is late, and "on time" would claim what nobody set.
		out.println(messages.get(status.due() == null ? "cli.status.countsNoDeadline" : "cli.status.counts",
				status.reported(), expected, status.onTime(), status.late(), status.missing().size(), status.notSent(),
				status.returned()));
		for (ReportingStatus.Missing missing : status.missing()) {
			String why = missing.returned() == null ? messages.get("cli.status.notSent")
					: messages.get("cli.status.returned", missing.returnedFile(), findings.message(missing.returned()));
			out.println(messages.get("cli.status.line", missing.unit().code(), missing.unit().name(), why,
					contact(missing.contact())));
		}
		return 0;
	}

	private String contact(UnitContact contact) {
		if (contact == null) {
			return messages.get("cli.status.noContact");
		}
		String parts = String.join(", ", java.util.stream.Stream.of(contact.name(), contact.phone(), contact.email())
			.filter(p -> p != null && !p.isBlank())
			.toList());
		return messages.get("cli.status.contact", parts);
	}
}
