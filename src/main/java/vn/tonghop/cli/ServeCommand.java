package vn.tonghop.cli;

import java.util.concurrent.Callable;

import org.springframework.core.env.Environment;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.tonghop.account.AccountService;
import vn.tonghop.system.Messages;

/**
 * {@code serve [--port N]}: the web app and the nightly schedule. The server itself was started with the context
 * (the application starts a servlet context for this command only, and reads {@code --port} before that); this
 * command creates the first administrator if there is none and says where the app is.
 */
@CliCommand
@Command(name = "serve", mixinStandardHelpOptions = true)
class ServeCommand implements Callable<Integer> {

	private final AccountService accounts;

	private final Environment environment;

	private final Messages messages;

	@Spec
	CommandSpec spec;

	@Option(names = "--port", paramLabel = "N", descriptionKey = "tonghop.serve.port")
	Integer port;

	ServeCommand(AccountService accounts, Environment environment, Messages messages) {
		this.accounts = accounts;
		this.environment = environment;
		this.messages = messages;
	}

	@Override
	public Integer call() {
		var out = spec.commandLine().getOut();
		accounts.ensureFirstAdministrator().ifPresent(password -> out.println(messages.get("cli.serve.firstAdmin",
				password)));
		out.println(messages.get("cli.serve.started", environment.getProperty("local.server.port", "8080")));
		out.flush();
		return 0;
	}
}
