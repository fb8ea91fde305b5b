package vn.tonghop.finding;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Containment of the work done per file: whatever one file makes a step throw (a fuzzed workbook inside POI, a bug
 * of ours met by one odd input), that file gets its own E1 finding and the run goes on. The failure is logged once,
 * with its stack trace, under a short reference that the finding quotes, so staff can hand it to whoever reads the
 * log.
 */
public final class FileFailures {

	private static final Logger log = LoggerFactory.getLogger(FileFailures.class);

	private static final SecureRandom random = new SecureRandom();

	/** The per-file steps; each names its message key {@code system.fileFailed.<step>}. */
	public enum Step {
		READ, VALIDATE, STORE, ANNOTATE, ANNEX, CHECK;

		String messageKey() {
			return "system.fileFailed." + name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	private FileFailures() {
	}

	/**
	 * Whether a failure is the file's to carry. The JVM running out of memory or breaking is not: it stops the run,
	 * which the next run finishes. A stack overflow is: deeply nested input causes it, and the thread survives it.
	 */
	public static boolean isContainable(Throwable failure) {
		return !(failure instanceof VirtualMachineError) || failure instanceof StackOverflowError;
	}

	/**
	 * Logs the failure once and returns the file's finding.
	 *
	 * @throws Error the failure itself when it is not containable
	 */
	public static Finding contain(Step step, String file, Throwable failure) {
		String reference = logged("E1", "File " + file, step.name(), failure);
		return Finding.error("E1", file, step.messageKey(), reference);
	}

	/**
	 * Logs a contained failure once, with its stack trace, and returns the short reference that what staff see
	 * quotes ({@code <prefix>-} and 8 hex digits).
	 *
	 * @param what what could not be done to, e.g. "File H1/a.xlsx", "The report of H1"
	 * @throws Error the failure itself when it is not containable
	 */
	public static String logged(String prefix, String what, String step, Throwable failure) {
		if (!isContainable(failure)) {
			throw (Error) failure;
		}
		byte[] bytes = new byte[4];
		random.nextBytes(bytes);
		String reference = prefix + "-" + HexFormat.of().withUpperCase().formatHex(bytes);
		log.error("{} could not be processed ({}); reference {}", what, step, reference, failure);
		return reference;
	}
}
