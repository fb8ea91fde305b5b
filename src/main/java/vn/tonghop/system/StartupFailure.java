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

	/** The process's environment keeps it from doing its work; the message says what to set. */
	public static final int ENVIRONMENT = 2;

	private StartupFailure() {
	}

	/** Another process owns the installation. */
	public static int busy(PrintStream err) {
		err.println(messages().getString("cli.databaseInUse"));
		return DATABASE_IN_USE;
	}

	/**
	 * Whether the JVM reads and writes file names as UTF-8. It takes their encoding from the locale it was started in,
	 * before {@code main}: started with none (a cron job or a service on a server without one: POSIX), it reads a
	 * Vietnamese name as "?" and cannot name that file again, and a run that lists it fails. Windows names files in
	 * UTF-16 whatever the locale.
	 */
	public static boolean fileNamesAreUtf8() {
		if (java.io.File.separatorChar != '/') {
			return true;
		}
		try {
			return java.nio.charset.Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"))
				.equals(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException unknown) {
			return false;
		}
	}

	/**
	 * Says which setting to add when file names are not UTF-8, in UTF-8 whatever the console's encoding (the same
	 * locale would print every Vietnamese letter as "?"), and returns the exit code.
	 */
	public static int fileNamesNotUtf8() {
		PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
				java.nio.charset.StandardCharsets.UTF_8);
		err.println(MessageFormat.format(messages().getString("cli.fileNamesNotUtf8"),
				System.getProperty("sun.jnu.encoding")));
		return ENVIRONMENT;
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
