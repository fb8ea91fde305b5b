package vn.tonghop.cli;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The root of the command line. {@code --data-dir} is read before Spring starts (the database lives there); it is
 * declared here so that picocli accepts it and documents it on every subcommand.
 */
@Component
@Command(name = "tonghop", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		subcommands = { RunCommand.class, ReportCommand.class, UnitsCommand.class, FormsCommand.class, RoundsCommand.class, StatusCommand.class, TemplateCommand.class,
				SamplesCommand.class, BenchCommand.class, ServeCommand.class, BackupCommand.class, PruneCommand.class,
				VerifyCommand.class })
class TonghopCommand implements Runnable {

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT, descriptionKey = "tonghop.data-dir")
	String dataDir;

	/** Without a subcommand, show what there is to do. */
	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}
}
