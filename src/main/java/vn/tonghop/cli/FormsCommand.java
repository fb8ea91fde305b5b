package vn.tonghop.cli;


import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.tonghop.form.FormCatalog;
import vn.tonghop.form.StoredForm;
import vn.tonghop.system.Messages;
import vn.tonghop.system.VietnameseFormat;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code forms import <file.yaml>} and {@code forms list}: the form definitions this installation can read. */
@CliCommand
@Command(name = "forms", mixinStandardHelpOptions = true)
class FormsCommand {

	private final FormCatalog catalog;

	private final Messages messages;

	private final SetupFiles setup;

	@Spec
	CommandSpec spec;

	private final java.time.Clock clock;

	FormsCommand(FormCatalog catalog, Messages messages, SetupFiles setup, java.time.Clock clock) {
		this.clock = clock;
		this.catalog = catalog;
		this.messages = messages;
		this.setup = setup;
	}

	@Command(name = "import", mixinStandardHelpOptions = true)
	int importFile(@Parameters(paramLabel = "FILE", descriptionKey = "tonghop.forms.import.file") Path file)
			throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (!Files.isRegularFile(file)) {
			err.println(messages.get("cli.units.fileMissing", file));
			return 2;
		}
		return setup.importForms(file, out, err) ? 0 : 1;
	}

	@Command(name = "list", mixinStandardHelpOptions = true)
	int list() {
		PrintWriter out = spec.commandLine().getOut();
		for (StoredForm form : catalog.list()) {
			out.println(messages.get("cli.forms.line", form.id(), form.version(), form.title(),
					form.periodText(), form.indicators(), form.source(),
					VietnameseFormat.shortDate(form.importedAt().atZone(clock.getZone()).toLocalDate())));
		}
		return 0;
	}
}
