package vn.tonghop.system;

import java.io.PrintStream;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Explains in one sentence why the application could not start; the details are in the log file. The most common
 * cause is a second process on the same data directory: the embedded database admits one process at a time, which
 * is also what keeps two runs from overlapping.
 */
public final class StartupFailure {

	public static final int DATABASE_IN_USE = 3;

	private StartupFailure() {
	}

	/** Another process owns the installation. */
	public static int busy(PrintStream err) {
		err.println(messages().getString("cli.databaseInUse"));
		return DATABASE_IN_USE;
	}

	private static ResourceBundle messages() {
		return ResourceBundle.getBundle("messages", Locale.forLanguageTag(System.getProperty("tonghop.locale", "vi")),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	public static int explain(Throwable failure, PrintStream err) {
		ResourceBundle messages = messages();
		Throwable root = failure;
		for (Throwable t = failure; t != null; t = t.getCause()) {
			String message = String.valueOf(t.getMessage());
			if (message.contains("lockFile") || message.contains("Database lock acquisition failure")) {
				err.println(messages.getString("cli.databaseInUse"));
				return DATABASE_IN_USE;
			}
			if (message.contains(PostgresInstallationLock.IN_USE)) {
				err.println(messages.getString("cli.postgresInUse"));
				return DATABASE_IN_USE;
			}
			root = t;
		}
		err.println(MessageFormat.format(messages.getString("cli.startFailed"), String.valueOf(root.getMessage())));
		return 1;
	}
}
