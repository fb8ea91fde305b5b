package vn.tonghop.cli;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.tonghop.form.Form;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.system.Messages;
import vn.tonghop.workbook.TemplateService;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code template --unit <code> --out <dir>}: blank forms for one CĐCS or every active CĐCS under a unit. */
@Component
@Command(name = "template", mixinStandardHelpOptions = true)
class TemplateCommand implements Callable<Integer> {

	private final TemplateService templates;

	private final Messages messages;

	private final Form form;

	@Spec
	CommandSpec spec;

	@Option(names = "--unit", required = true, paramLabel = "CODE", descriptionKey = "tonghop.template.unit")
	String unit;

	@Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "tonghop.template.out")
	Path out;

	TemplateCommand(TemplateService templates, Messages messages, Form form) {
		this.templates = templates;
		this.messages = messages;
		this.form = form;
	}

	@Override
	public Integer call() throws IOException {
		String code = unit.strip().toUpperCase(java.util.Locale.ROOT);
		Optional<List<OrgUnit>> units = templates.unitsFor(code);
		if (units.isEmpty()) {
			spec.commandLine().getErr().println(messages.get("cli.template.unknownUnit", code));
			return 2;
		}
		if (units.get().isEmpty()) {
			spec.commandLine().getErr().println(messages.get("cli.template.noUnits", code, String.valueOf(form.firstYear()),
					String.valueOf(form.lastYear())));
			return 1;
		}
		List<Path> written = templates.writeAll(units.get(), out);
		spec.commandLine().getOut().println(messages.get("cli.template.written", written.size(), out.toAbsolutePath()));
		return 0;
	}
}
