package vn.tonghop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import vn.tonghop.system.DataDirectory;
import vn.tonghop.system.StartupFailure;

/**
 * The jar is both the command-line tool and (later) the server. Arguments belong to picocli, not to Spring's
 * property binding; only {@code --data-dir} is read before start-up because the database lives there.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TonghopApplication {

	/** Held for the life of the process; see {@link DataDirectory#lockInstallation}. */
	private static java.nio.channels.FileLock installationLock;

	public static void main(String[] args) throws java.io.IOException {
		DataDirectory.fromArguments(args).ifPresent(dir -> System.setProperty(DataDirectory.PROPERTY, dir));
		if (!isHelpOnly(args)) {
			installationLock = DataDirectory.lockInstallation(DataDirectory.resolve(args)).orElse(null);
			if (installationLock == null) {
				System.exit(StartupFailure.busy(System.err));
			}
		}
		SpringApplication application = new SpringApplication(TonghopApplication.class);
		application.setAddCommandLineProperties(false);
		int exitCode;
		try {
			exitCode = SpringApplication.exit(application.run(args));
		}
		catch (RuntimeException failure) {
			exitCode = StartupFailure.explain(failure, System.err);
		}
		System.exit(exitCode);
	}

	private static boolean isHelpOnly(String[] args) {
		return java.util.Arrays.stream(args).anyMatch(a -> a.equals("--help") || a.equals("-h") || a.equals("--version")
				|| a.equals("-V")) || args.length == 0;
	}
}
