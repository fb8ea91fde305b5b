package vn.tonghop.cli;


import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.tonghop.form.Form;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.rounds.Round;
import vn.tonghop.rounds.Rounds;
import vn.tonghop.system.Messages;
import vn.tonghop.workbook.TemplateService;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code template [--round <id>] --unit <code> --out <dir>}: blank forms of a round's form for one CĐCS or every CĐCS
 * under a unit standing in one of the form's years, in the tree of the round's reference date.
 */
@CliCommand
@Command(name = "template", mixinStandardHelpOptions = true)
class TemplateCommand implements Callable<Integer> {

	private final TemplateService templates;

	private final Messages messages;

	private final Rounds rounds;

	private final OrgRegistry registry;

	@Spec
	CommandSpec spec;

	@Option(names = "--unit", required = true, paramLabel = "CODE", descriptionKey = "tonghop.template.unit")
	String unit;

	@Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "tonghop.template.out")
	Path out;

	@Option(names = "--round", paramLabel = "ROUND", descriptionKey = "tonghop.round.option")
	String roundCode;

	TemplateCommand(TemplateService templates, Messages messages, Rounds rounds, OrgRegistry registry) {
		this.templates = templates;
		this.messages = messages;
		this.rounds = rounds;
		this.registry = registry;
	}

	@Override
	public Integer call() throws IOException {
		Optional<Round> chosen = RoundOption.choose(rounds, roundCode, messages, spec.commandLine().getErr());
		if (chosen.isEmpty()) {
			return 2;
		}
		Round round = chosen.get();
		Form form = round.form();
		OrgTree tree = registry.treeAt(round.referenceDate());
		String code = unit.strip().toUpperCase(java.util.Locale.ROOT);
		Optional<List<OrgUnit>> units = templates.unitsFor(form, tree, code);
		if (units.isEmpty()) {
			spec.commandLine().getErr().println(messages.get("cli.template.unknownUnit", code));
			return 2;
		}
		if (units.get().isEmpty()) {
			spec.commandLine().getErr().println(messages.get("cli.template.noUnits", code, String.valueOf(form.firstYear()),
					String.valueOf(form.lastYear())));
			return 1;
		}
		List<Path> written = templates.writeAll(form, tree, units.get(), out);
		spec.commandLine().getOut().println(messages.get("cli.template.written", written.size(), out.toAbsolutePath()));
		return 0;
	}
}
