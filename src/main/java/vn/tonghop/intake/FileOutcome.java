package vn.tonghop.intake;

import vn.tonghop.finding.Finding;

import java.util.List;
import java.util.Map;

/**
 * Everything one inbox file gave in a run, stored together in one transaction.
 *
 * @param figures the values of an accepted submission; empty otherwise
 * @param toArchive new content still to be archived with its chunk's pack (then {@code archivePath} is null until
 * {@link #archivedAt}); null when it is archived already or nothing is to be kept
 * @param deferral why the file was left for the next run; null unless {@code outcome} is DEFERRED
 */
public record FileOutcome(int runPosition, String path, String sha256, String archivePath, long size,
		java.time.Instant modified, Outcome outcome, String unitCode, String formVersion,
		Map<String, Map<Integer, Object>> figures, List<Finding> findings, byte[] toArchive, Deferral deferral) {

	/** A file not taken this time: it stays in the inbox, and the next run takes it. */
	public static FileOutcome deferred(InboxFile file, Deferral why) {
		return new FileOutcome(file.position(), file.path(), null, null, file.size(), file.modified(), Outcome.DEFERRED,
				null, null, null, List.of(), null, why);
	}

	public FileOutcome {
		figures = figures == null ? Map.of() : figures;
		findings = List.copyOf(findings);
	}

	FileOutcome withOutcome(Outcome other) {
		return new FileOutcome(runPosition, path, sha256, archivePath, size, modified, other, unitCode, formVersion,
				figures, findings, toArchive, deferral);
	}

	/** The same outcome, its content now archived at {@code where}. */
	public FileOutcome archivedAt(String where) {
		return new FileOutcome(runPosition, path, sha256, where, size, modified, outcome, unitCode, formVersion,
				figures, findings, null, deferral);
	}

	/** The same file returned with only the finding of the step that failed on it: nothing of it is counted. */
	public FileOutcome failed(Finding failure) {
		return new FileOutcome(runPosition, path, sha256, archivePath, size, modified,
				outcome.isNew() ? Outcome.REJECTED : outcome, unitCode, formVersion, null, List.of(failure), toArchive,
				deferral);
	}

	/** The same failed file, saying nothing of its unit: the last way to store it when what it said could not be. */
	public FileOutcome withoutUnit() {
		return new FileOutcome(runPosition, path, sha256, archivePath, size, modified, outcome, null, null, null,
				findings, toArchive, deferral);
	}

	public String fileName() {
		int slash = path.lastIndexOf('/');
		return slash < 0 ? path : path.substring(slash + 1);
	}
}
