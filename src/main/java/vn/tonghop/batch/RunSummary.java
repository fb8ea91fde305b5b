package vn.tonghop.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import vn.tonghop.workflow.ReportingStatus;

/**
 * What one run of a round did, for the command line and the web app.
 *
 * @param otherRound files left to the runs of other rounds (their form is another round's)
 * @param completeness per direct-upper unit: units reported and expected per year
 * @param reporting the round's CĐCS on time, late and not yet, over the whole tree
 * @param failure why the run failed (the first failure of its steps), or null
 */
public record RunSummary(long runId, String roundCode, String roundTitle, String status, boolean resumed,
		long filesSeen, long newFiles, long accepted, long rejected, long notForms, long unchanged, long deferred,
		long otherRound, List<Completeness> completeness, ReportingStatus.Counts reporting, Path outputs, Path latest,
		Map<String, java.time.Duration> stepDurations, Throwable failure) {

	public record Completeness(String unitCode, String unitName, Map<Integer, long[]> reportedOfExpected) {
	}

	public boolean completed() {
		return "COMPLETED".equals(status);
	}
}
