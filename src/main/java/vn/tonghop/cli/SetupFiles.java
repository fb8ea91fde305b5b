package vn.tonghop.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import vn.tonghop.form.FormCatalog;
import vn.tonghop.form.FormDefinitionException;
import vn.tonghop.form.FormFault;
import vn.tonghop.form.FormVersionTaken;
import vn.tonghop.rounds.RoundRejected;
import vn.tonghop.rounds.RoundsFile;
import vn.tonghop.system.Messages;

/**
 * Forms and rounds given with the data of a command ({@code run --forms --rounds}) or on their own ({@code forms
 * import}): imported, what happened said in a line each, a refusal said with every fault.
 */
@Component
class SetupFiles {

	private final FormCatalog catalog;

	private final RoundsFile rounds;

	private final vn.tonghop.workflow.Deadlines deadlines;

	private final Messages messages;

	SetupFiles(FormCatalog catalog, RoundsFile rounds, vn.tonghop.workflow.Deadlines deadlines, Messages messages) {
		this.catalog = catalog;
		this.rounds = rounds;
		this.deadlines = deadlines;
		this.messages = messages;
	}

	/** Imports a form file, or every {@code .yaml} file of a folder in name order; false at the first refused. */
	boolean importForms(Path fileOrFolder, PrintWriter out, PrintWriter err) throws IOException {
		List<Path> files;
		if (Files.isDirectory(fileOrFolder)) {
			try (Stream<Path> list = Files.list(fileOrFolder)) {
				files = list.filter(p -> p.getFileName().toString().matches("(?i).*\\.ya?ml")).sorted().toList();
			}
		}
		else {
			files = List.of(fileOrFolder);
		}
		for (Path file : files) {
			if (!importForm(file, out, err)) {
				return false;
			}
		}
		return true;
	}

	private boolean importForm(Path file, PrintWriter out, PrintWriter err) throws IOException {
		String name = file.getFileName().toString();
		try {
			FormCatalog.Imported imported = catalog.importDefinition(Files.readString(file, StandardCharsets.UTF_8),
					name);
			out.println(messages.get("cli.forms." + imported.outcome().name().toLowerCase(), imported.form().id(),
					imported.form().version(), imported.form().title()));
			return true;
		}
		catch (FormDefinitionException rejected) {
			err.println(messages.get("cli.forms.rejected", name, rejected.faults().size()));
			for (FormFault fault : rejected.faults()) {
				String why = messages.get(fault.key(), fault.args().toArray());
				err.println("  - " + (fault.line() > 0 ? messages.get("form.fault.at", fault.line(), fault.field(), why)
						: messages.get("form.fault.atField", fault.field(), why)));
			}
			return false;
		}
		catch (FormVersionTaken taken) {
			err.println(messages.get("cli.forms.versionTaken", name, taken.formId(), taken.version()));
			return false;
		}
	}

	/**
	 * Creates the rounds of a rounds file that do not exist yet, and sets the deadlines it gives (column
	 * {@code deadlines}, for new and existing rounds alike); false when the file is refused.
	 */
	boolean importRounds(Path file, PrintWriter out, PrintWriter err) throws IOException {
		try (InputStream in = Files.newInputStream(file); InputStream again = Files.newInputStream(file)) {
			RoundsFile.Result result = rounds.importCsv(in);
			out.println(messages.get("cli.rounds.imported", result.created(), result.existing()));
			int set = deadlines.importRoundsCsv(again);
			if (set > 0) {
				out.println(messages.get("cli.rounds.deadlines", set));
			}
			return true;
		}
		catch (IllegalArgumentException badDeadline) {
			err.println(messages.get("cli.rounds.fileRejected", file.getFileName()));
			err.println("  - " + messages.get("round.file.deadline", badDeadline.getMessage()));
			return false;
		}
		catch (RoundRejected rejected) {
			String why = messages.get(rejected.key(), rejected.messageArgs());
			err.println(messages.get("cli.rounds.fileRejected", file.getFileName()));
			err.println("  - " + rejected.line().map(line -> messages.get("round.file.at", line, why)).orElse(why));
			return false;
		}
	}
}
