package vn.tonghop.cli;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.tonghop.form.FormCatalog;
import vn.tonghop.form.FormDefinitionException;
import vn.tonghop.form.FormFault;
import vn.tonghop.form.FormVersionTaken;
import vn.tonghop.form.StoredForm;
import vn.tonghop.system.Messages;
import vn.tonghop.system.VietnameseFormat;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

/** {@code forms import <file.yaml>} and {@code forms list}: the form definitions this installation can read. */
@Component
@Command(name = "forms", mixinStandardHelpOptions = true)
class FormsCommand {

	private final FormCatalog catalog;

	private final Messages messages;

	@Spec
	CommandSpec spec;

	FormsCommand(FormCatalog catalog, Messages messages) {
		this.catalog = catalog;
		this.messages = messages;
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
		String name = file.getFileName().toString();
		try {
			FormCatalog.Imported imported = catalog.importDefinition(Files.readString(file, StandardCharsets.UTF_8),
					name);
			out.println(messages.get("cli.forms." + imported.outcome().name().toLowerCase(), imported.form().id(),
					imported.form().version(), imported.form().title()));
			return 0;
		}
		catch (FormDefinitionException rejected) {
			err.println(messages.get("cli.forms.rejected", name, rejected.faults().size()));
			for (FormFault fault : rejected.faults()) {
				String why = messages.get(fault.key(), fault.args().toArray());
				err.println("  - " + (fault.line() > 0 ? messages.get("form.fault.at", fault.line(), fault.field(), why)
						: messages.get("form.fault.atField", fault.field(), why)));
			}
			return 1;
		}
		catch (FormVersionTaken taken) {
			err.println(messages.get("cli.forms.versionTaken", name, taken.formId(), taken.version()));
			return 1;
		}
	}

	@Command(name = "list", mixinStandardHelpOptions = true)
	int list() {
		PrintWriter out = spec.commandLine().getOut();
		for (StoredForm form : catalog.list()) {
			out.println(messages.get("cli.forms.line", form.id(), form.version(), form.title(),
					String.valueOf(form.firstYear()), String.valueOf(form.lastYear()), form.indicators(), form.source(),
					VietnameseFormat.shortDate(form.importedAt().atZone(ZoneId.systemDefault()).toLocalDate())));
		}
		return 0;
	}
}
