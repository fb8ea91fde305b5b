package vn.tonghop.outputs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import vn.tonghop.finding.FileFailures;

/**
 * A unit's report that could not be made, beside the others in a run's {@code reports/} folder: one unit's odd
 * figures meeting a bug (in ours, JasperReports', POI's) must not take every other unit's report and the run's
 * totals with it, night after night. The unit's partial files are removed, and {@code <code>.failed} holds the
 * reference its log entry carries, for the reports page and the console to quote. An {@link IOException} (a full
 * disk, a folder that cannot be written) is not one unit's: it still fails the step, which the next run redoes.
 */
final class UnitReportFailure {

	static final String SUFFIX = ".failed";

	private UnitReportFailure() {
	}

	/**
	 * Records the failure of {@code unitCode}'s report, unless an I/O failure caused it (a full disk wrapped by POI or
	 * JasperReports is every unit's): that one is thrown on, to fail the step.
	 *
	 * @throws Error the failure itself when it is not containable (the JVM out of memory)
	 */
	static String recordOrRethrow(Path folder, String unitCode, Throwable failure) throws IOException {
		for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof IOException && failure instanceof RuntimeException thrown) {
				throw thrown;
			}
		}
		return record(folder, unitCode, failure);
	}

	private static String record(Path folder, String unitCode, Throwable failure) throws IOException {
		String reference = FileFailures.logged("BC", "The report of " + unitCode, "REPORT", failure);
		for (ReportFiles.Kind kind : ReportFiles.Kind.values()) {
			Files.deleteIfExists(folder.resolve(unitCode + "." + kind.extension()));
		}
		Files.writeString(folder.resolve(unitCode + SUFFIX), reference, StandardCharsets.UTF_8);
		return reference;
	}

	/** Forgets an earlier failure of the unit's report, before it is made again. */
	static void clear(Path folder, String unitCode) throws IOException {
		Files.deleteIfExists(folder.resolve(unitCode + SUFFIX));
	}

	/** The reference of the unit's failed report in {@code folder}; empty when it did not fail. */
	static Optional<String> of(Path folder, String unitCode) throws IOException {
		Path marker = folder.resolve(unitCode + SUFFIX);
		return Files.isRegularFile(marker) ? Optional.of(Files.readString(marker, StandardCharsets.UTF_8).strip())
				: Optional.empty();
	}
}
