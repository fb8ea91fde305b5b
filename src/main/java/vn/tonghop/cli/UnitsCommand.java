package vn.tonghop.cli;


import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.tonghop.orgunit.ImportSummary;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.orgunit.RegistryImportRejected;
import vn.tonghop.orgunit.RegistryLineError;
import vn.tonghop.orgunit.UnitMoves;
import vn.tonghop.system.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code units import <file.csv>}: load the organisation registry; {@code units moves <file.csv>}: moves over time. */
@CliCommand
@Command(name = "units", mixinStandardHelpOptions = true)
class UnitsCommand {

	private final OrgRegistry registry;

	private final UnitMoves moves;

	private final Messages messages;

	@Spec
	CommandSpec spec;

	UnitsCommand(OrgRegistry registry, UnitMoves moves, Messages messages) {
		this.registry = registry;
		this.moves = moves;
		this.messages = messages;
	}

	@Command(name = "import", mixinStandardHelpOptions = true)
	int importFile(@Parameters(paramLabel = "FILE", descriptionKey = "tonghop.units.import.file") Path file)
			throws IOException {
		return load(file, in -> registry.importCsv(in), "cli.units.imported");
	}

	@Command(name = "moves", mixinStandardHelpOptions = true)
	int importMoves(@Parameters(paramLabel = "FILE", descriptionKey = "tonghop.units.moves.file") Path file)
			throws IOException {
		return load(file, in -> moves.importCsv(in), "cli.units.moved");
	}

	private interface Importer {
		ImportSummary load(InputStream in) throws IOException;
	}

	private int load(Path file, Importer importer, String doneKey) throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (!Files.isRegularFile(file)) {
			err.println(messages.get("cli.units.fileMissing", file));
			return 2;
		}
		try (InputStream in = Files.newInputStream(file)) {
			ImportSummary summary = importer.load(in);
			out.println(messages.get(doneKey, summary.inserted(), summary.updated(), summary.unchanged()));
			return 0;
		}
		catch (RegistryImportRejected rejected) {
			err.println(messages.get("cli.units.rejected"));
			for (RegistryLineError error : rejected.errors()) {
				err.println("  - " + messages.get(error.key(), error.messageArgs()));
			}
			return 1;
		}
	}
}
