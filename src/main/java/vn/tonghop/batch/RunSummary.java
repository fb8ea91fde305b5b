package vn.tonghop.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What one run did, for the command line and the web app.
 *
 * @param completeness per direct-upper unit: units reported and expected per year
 * @param failure why the run failed (the first failure of its steps), or null
 */
public record RunSummary(long runId, String status, boolean resumed, long filesSeen, long newFiles, long accepted,
		long rejected, long notForms, long unchanged, long deferred, List<Completeness> completeness, Path outputs,
		Map<String, java.time.Duration> stepDurations, Throwable failure) {

	public record Completeness(String unitCode, String unitName, Map<Integer, long[]> reportedOfExpected) {
	}

	public boolean completed() {
		return "COMPLETED".equals(status);
	}
}
