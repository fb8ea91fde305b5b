package vn.tonghop.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.tonghop.intake.ArchiveCheck;
import vn.tonghop.system.Messages;

/**
 * {@code verify}: reads every file the archive keeps and checks it against the SHA-256 recorded when it was received.
 * Exit 0 when all are whole, 1 when one is damaged (each named, with what to do).
 */
@CliCommand
@Command(name = "verify", mixinStandardHelpOptions = true)
class VerifyCommand implements Callable<Integer> {

	private final ArchiveCheck check;

	private final Messages messages;

	@Spec
	CommandSpec spec;

	VerifyCommand(ArchiveCheck check, Messages messages) {
		this.check = check;
		this.messages = messages;
	}

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		ArchiveCheck.Result result = check.verify();
		if (result.isWhole()) {
			out.println(messages.get("cli.verify.whole", result.checked()));
			return 0;
		}
		out.println(messages.get("cli.verify.damaged", result.checked(), result.damagedCount()));
		for (ArchiveCheck.Damaged d : result.damaged()) {
			out.println("  - " + messages.get("cli.verify.file", d.fileName(), d.archivePath(),
					messages.get("cli.verify.why." + d.why().name())));
		}
		if (result.damagedCount() > result.damaged().size()) {
			out.println("  " + messages.get("cli.verify.more", result.damagedCount() - result.damaged().size()));
		}
		out.println(messages.get("cli.verify.whatToDo"));
		return 1;
	}
}
