package vn.tonghop.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs commands as the jar would and keeps everything they printed, for a test to read. */
final class CliDriver {

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private final CommandLineRunnerAdapter cli;

	CliDriver(CommandLineRunnerAdapter cli) {
		this.cli = cli;
	}

	int run(String... args) {
		CommandLine commandLine = cli.commandLine();
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		return commandLine.execute(args);
	}

	/** Everything the commands run so far printed to standard output. */
	String out() {
		return out.toString();
	}

	String err() {
		return err.toString();
	}
}
