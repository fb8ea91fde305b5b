package vn.tonghop.cli;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import vn.tonghop.system.Messages;

import java.util.ResourceBundle;

/**
 * Runs the picocli command line inside the Spring context and hands its exit code to Spring Boot. Help and
 * messages come from messages*.properties in the installation's language.
 */
@Component
class CommandLineRunnerAdapter implements CommandLineRunner, ExitCodeGenerator {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CommandLineRunnerAdapter.class);

	private final TonghopCommand root;

	private final IFactory factory;

	private final Messages messages;

	/** False in tests, which drive {@link #commandLine()} themselves. */
	private final boolean runAtStartUp;

	private int exitCode;

	CommandLineRunnerAdapter(TonghopCommand root, IFactory factory, Messages messages,
			@org.springframework.beans.factory.annotation.Value("${tonghop.cli.enabled:true}") boolean runAtStartUp) {
		this.root = root;
		this.factory = factory;
		this.messages = messages;
		this.runAtStartUp = runAtStartUp;
	}

	@Override
	public void run(String... args) {
		if (runAtStartUp) {
			CommandLine cli = commandLine();
			try {
				exitCode = cli.execute(args);
			}
			finally {
				// picocli's writers flush at a line's end only: text printed without one would be lost at exit.
				cli.getOut().flush();
				cli.getErr().flush();
			}
		}
	}

	CommandLine commandLine() {
		CommandLine cli = new CommandLine(root, factory);
		cli.setResourceBundle(ResourceBundle.getBundle("messages", messages.locale(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
		cli.setParameterExceptionHandler(new ParameterErrors(messages));
		cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
			// The details go to the log file for whoever maintains the installation; the user gets one sentence.
			log.warn("Command failed: {}", String.join(" ", parseResult.originalArgs()), ex);
			commandLine.getErr().println(ex.getMessage() != null ? messages.get("cli.error", ex.getMessage())
					: messages.get("cli.unexpected", ex.getClass().getSimpleName()));
			return 1;
		});
		return cli;
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}
}
