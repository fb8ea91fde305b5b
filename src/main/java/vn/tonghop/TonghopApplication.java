package vn.tonghop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import vn.tonghop.system.DataDirectory;
import vn.tonghop.system.StartupFailure;

/**
 * The jar is both the command-line tool and, with {@code serve}, the web server. Arguments belong to picocli, not to Spring's
 * property binding; only {@code --data-dir} is read before start-up because the database lives there.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TonghopApplication {

	/** Held for the life of the process; see {@link DataDirectory#lockInstallation}. */
	private static java.nio.channels.FileLock installationLock;

	private static final String TRANSFORMER_FACTORY = "javax.xml.transform.TransformerFactory";

	public static void main(String[] args) throws java.io.IOException {
		if (!StartupFailure.fileNamesAreUtf8() && !isHelpOnly(args)) {
			System.exit(StartupFailure.fileNamesNotUtf8());
		}
		DataDirectory.fromArguments(args).ifPresent(dir -> System.setProperty(DataDirectory.PROPERTY, dir));
		if (!isHelpOnly(args)) {
			installationLock = DataDirectory.lockInstallation(DataDirectory.resolve(args)).orElse(null);
			if (installationLock == null) {
				System.exit(StartupFailure.busy(System.err));
			}
		}
		// POI asks JAXP for a new TransformerFactory for every part of a workbook it saves. Unless one is named, JAXP
		// first searches every jar of the application for a provider (none has one) and then takes the JDK's own:
		// a quarter of the time each report's workbook took. Naming the JDK's own skips the search.
		if (System.getProperty(TRANSFORMER_FACTORY) == null) {
			System.setProperty(TRANSFORMER_FACTORY, "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
		}
		SpringApplication application = new SpringApplication(TonghopApplication.class);
		application.setAddCommandLineProperties(false);
		boolean serve = isServe(args);
		if (serve) {
			// Only "serve" starts the web server; every other command is a short-lived process without one.
			// As a system property: it outranks application.yaml, which keeps the other commands server-less.
			System.setProperty("spring.main.web-application-type", WebApplicationType.SERVLET.name());
			optionValue(args, "--port").ifPresent(port -> System.setProperty("server.port", port));
		}
		int exitCode;
		try {
			var context = application.run(args);
			if (serve && commandsExitCode(context) == 0) {
				return; // the server's threads keep the process alive until it is stopped
			}
			// A serve whose command line was refused (an unknown option, say) stops with the others' exit code:
			// a server left running on the default port was taken for the one configured.
			exitCode = SpringApplication.exit(context);
		}
		catch (RuntimeException failure) {
			exitCode = StartupFailure.explain(failure, System.err);
		}
		System.exit(exitCode);
	}

	private static int commandsExitCode(org.springframework.context.ApplicationContext context) {
		return context.getBeansOfType(org.springframework.boot.ExitCodeGenerator.class).values().stream()
			.mapToInt(org.springframework.boot.ExitCodeGenerator::getExitCode).filter(code -> code != 0).findFirst()
			.orElse(0);
	}

	/** True when the subcommand (the first argument that is not an option or an option's value) is "serve". */
	static boolean isServe(String[] args) {
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--data-dir")) {
				i++;
			}
			else if (!args[i].startsWith("-")) {
				return args[i].equals("serve") && !isHelpOnly(args);
			}
		}
		return false;
	}

	private static java.util.Optional<String> optionValue(String[] args, String name) {
		for (int i = 0; i < args.length; i++) {
			if (args[i].startsWith(name + "=")) {
				return java.util.Optional.of(args[i].substring(name.length() + 1));
			}
			if (args[i].equals(name) && i + 1 < args.length) {
				return java.util.Optional.of(args[i + 1]);
			}
		}
		return java.util.Optional.empty();
	}

	private static boolean isHelpOnly(String[] args) {
		return java.util.Arrays.stream(args).anyMatch(a -> a.equals("--help") || a.equals("-h") || a.equals("--version")
				|| a.equals("-V")) || args.length == 0;
	}
}
