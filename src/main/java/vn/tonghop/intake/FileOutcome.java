package vn.tonghop.intake;

import vn.tonghop.validation.Finding;

import java.util.List;
import java.util.Map;

/**
 * Everything one inbox file gave in a run, stored together in one transaction.
 *
 * @param figures the values of an accepted submission; empty otherwise
 */
public record FileOutcome(int runPosition, String path, String sha256, String archivePath, long size,
		java.time.Instant modified, Outcome outcome, String unitCode, String formVersion,
		Map<String, Map<Integer, Object>> figures, List<Finding> findings, boolean alreadyRemembered) {

	public FileOutcome {
		figures = figures == null ? Map.of() : figures;
		findings = List.copyOf(findings);
	}

	public FileOutcome(int runPosition, String path, String sha256, String archivePath, long size,
			java.time.Instant modified, Outcome outcome, String unitCode, String formVersion,
			Map<String, Map<Integer, Object>> figures, List<Finding> findings) {
		this(runPosition, path, sha256, archivePath, size, modified, outcome, unitCode, formVersion, figures, findings,
				false);
	}

	FileOutcome withOutcome(Outcome other) {
		return new FileOutcome(runPosition, path, sha256, archivePath, size, modified, other, unitCode, formVersion,
				figures, findings, alreadyRemembered);
	}

	/** Marks an outcome whose path, size, time and content are already in inbox_seen as they are. */
	FileOutcome remembered() {
		return new FileOutcome(runPosition, path, sha256, archivePath, size, modified, outcome, unitCode, formVersion,
				figures, findings, true);
	}

	public String fileName() {
		int slash = path.lastIndexOf('/');
		return slash < 0 ? path : path.substring(slash + 1);
	}
}
