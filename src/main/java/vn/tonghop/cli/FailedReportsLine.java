package vn.tonghop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import vn.tonghop.outputs.ReportFiles;
import vn.tonghop.system.Messages;

/** The console's line about the units whose report could not be made; nothing when every report was. */
final class FailedReportsLine {

	private FailedReportsLine() {
	}

	/**
	 * @param runFolder the run's outputs ({@code out/<round>/<run id>})
	 * @param log the log file whose entries the references name
	 */
	static void print(PrintWriter out, Messages messages, Path runFolder, Path log) {
		try {
			print(out, messages, ReportFiles.failedIn(runFolder), log);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	/** @param failed unit code → the reference of its report's failure */
	static void print(PrintWriter out, Messages messages, Map<String, String> failed, Path log) {
		if (!failed.isEmpty()) {
			out.println(messages.get("cli.run.reportsFailed", failed.size(), String.join(", ",
					failed.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList()), log));
		}
	}
}
