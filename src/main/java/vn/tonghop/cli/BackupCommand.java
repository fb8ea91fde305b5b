package vn.tonghop.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;


import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.tonghop.system.BackupService;
import vn.tonghop.system.Messages;

/** {@code backup --to DIR}: a consistent copy of the database and the archive, usable as a data directory. */
@CliCommand
@Command(name = "backup", mixinStandardHelpOptions = true)
class BackupCommand implements Callable<Integer> {

	private final BackupService backups;

	private final Messages messages;

	@Spec
	CommandSpec spec;

	@Option(names = "--to", required = true, paramLabel = "DIR", descriptionKey = "tonghop.backup.to")
	Path target;

	private final vn.tonghop.intake.ReceivedFiles receivedFiles;

	BackupCommand(BackupService backups, Messages messages, vn.tonghop.intake.ReceivedFiles receivedFiles) {
		this.receivedFiles = receivedFiles;
		this.backups = backups;
		this.messages = messages;
	}

	@Override
	public Integer call() throws Exception {
		try {
			BackupService.Backup backup = backups.backupTo(target);
			spec.commandLine().getOut().println(backup.dump() == null
					? messages.get("cli.backup.done", backup.folder(), backup.databaseBytes() / 1_000_000.0,
							receivedFiles.count())
					: messages.get("cli.backup.donePostgres", backup.folder(), backup.databaseBytes() / 1_000_000.0,
							receivedFiles.count(), backup.dump()));
			return 0;
		}
		catch (IllegalArgumentException refused) {
			spec.commandLine().getErr().println(messages.get("cli.backup." + refused.getMessage(), target));
			return 2;
		}
		catch (java.io.IOException failed) {
			// pg_dump's own words (a refused connection, a missing permission) after ours: the reason is in them.
			spec.commandLine().getErr().println(messages.get("cli.backup.failed", target, failed.getMessage()));
			return 1;
		}
	}
}
