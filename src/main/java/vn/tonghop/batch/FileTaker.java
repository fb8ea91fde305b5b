package vn.tonghop.batch;

import org.springframework.stereotype.Component;

import vn.tonghop.finding.Finding;
import vn.tonghop.intake.Archive;
import vn.tonghop.intake.Deferral;
import vn.tonghop.intake.FileOutcome;
import vn.tonghop.intake.InboxFile;
import vn.tonghop.intake.KnownContents;
import vn.tonghop.intake.Outcome;
import vn.tonghop.intake.ZippedForms;
import vn.tonghop.intake.ReceivedContents;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.system.PipelineMetrics;
import vn.tonghop.system.PipelineMetrics.Stage;
import vn.tonghop.validation.FormCheck;
import vn.tonghop.workbook.FormSubmission;
import vn.tonghop.workbook.WorkbookReader;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

/**
 * Takes one inbox file: reads it into memory once, fingerprints those bytes, skips content already received, then
 * reads and validates the same bytes (which cannot change under us). New content is handed on with the outcome, to
 * be archived with its chunk's pack (see {@link IntakeItems#write}). Writes nothing to the database: the outcome is
 * stored by the caller in one transaction.
 */
@Component
class FileTaker {

	private final Archive archive;

	private final ReceivedContents contents;

	private final FormCheck check;

	private final PipelineMetrics metrics;

	private final vn.tonghop.system.FaultPoints faults;

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FileTaker.class);

	/**
	 * New content up to this size waits in memory for its chunk's pack (two chunks of outcomes are held ahead: a
	 * form is tens of kilobytes); a larger file, a form with pictures, is archived on its own at once.
	 */
	private static final int PACKED_MAX_BYTES = 1_000_000;

	/** Files up to this size are read into memory once; the reader refuses larger ones unread. */
	private final long maxFileBytes;

	FileTaker(Archive archive, ReceivedContents contents, FormCheck check, PipelineMetrics metrics,
			vn.tonghop.system.TonghopSettings settings, vn.tonghop.system.FaultPoints faults) {
		this.faults = faults;
		this.maxFileBytes = settings.maxFileBytes();
		this.archive = archive;
		this.contents = contents;
		this.check = check;
		this.metrics = metrics;
	}

	/** The contents received so far, for a step's {@link #process} calls (taken once a step: see {@link KnownContents}). */
	KnownContents knownContents() {
		return contents.known();
	}

	/**
	 * Takes a file the run's snapshot did not already know as unchanged (same path, size and time as a content
	 * received before: those are marked when the inbox is listed, see {@link vn.tonghop.intake.InboxListing#saveSnapshot}).
	 * A content received before the step began under another path (a copied folder, a file saved again unchanged) is
	 * found by its hash and not read again; {@code known} spares that query for the contents surely new. One that comes
	 * twice within the step is read twice: the store records it once and the second path as a duplicate, and the
	 * second copy's bytes, packed with their chunk, are left unreferenced (a file's worth, for a rare case).
	 */
	FileOutcome process(Path inbox, InboxFile file, OrgTree tree, RunRounds.Intake round, KnownContents known) {
		try {
			faults.failIfChosen("take", file.path());
			return take(inbox, file, tree, round, known);
		}
		catch (IOException failure) {
			// Not readable where it lies (no permission for the account tonghop runs as, a failing disk, a link put in
			// its place): it stays in the inbox, counted as left for the next run, and the log names it.
			log.warn("{} could not be taken from the inbox; it is left for the next run", file.path(), failure);
			return FileOutcome.deferred(file, whyUnread(inbox.resolve(file.path()), failure));
		}
		catch (RuntimeException failure) {
			// The system's fault, not the file's (a file's own faults are its findings, see FormCheck): told as such,
			// not as a permission to grant. The file stays, and the next run tries again.
			log.error("{} could not be taken from the inbox; it is left for the next run", file.path(), failure);
			return FileOutcome.deferred(file, Deferral.FAILED);
		}
	}

	private static Deferral whyUnread(Path source, IOException failure) {
		if (failure instanceof FileSystemException fs && !source.toString().equals(fs.getFile())) {
			return Deferral.FAILED; // not the inbox file: the archive's disk
		}
		return Files.isSymbolicLink(source) ? Deferral.LINK
				: failure instanceof NoSuchFileException ? Deferral.GONE : Deferral.UNREADABLE;
	}

	private FileOutcome take(Path inbox, InboxFile file, OrgTree tree, RunRounds.Intake round, KnownContents known)
			throws IOException {
		Path source = inbox.resolve(file.path());
		String name = file.path().substring(file.path().lastIndexOf('/') + 1);
		if (Files.isSymbolicLink(source)) {
			return FileOutcome.deferred(file, Deferral.LINK); // put in the file's place since the listing
		}
		if (!Files.isRegularFile(source)) {
			// Gone (moved, deleted), or no longer a file the account may look at: the next run looks again.
			return FileOutcome.deferred(file, Files.notExists(source) ? Deferral.GONE : Deferral.UNREADABLE);
		}
		if (changedSinceListed(source, file)) {
			// Still being written (copied in while the run began): the next run takes it whole.
			return FileOutcome.deferred(file, Deferral.CHANGING);
		}
		long start = System.nanoTime();
		// A form is read into memory once: hashed, read and archived (with its chunk's pack) from the same bytes. A
		// file too large to be a form is streamed into the archive on its own (and refused by the reader unread).
		// Between the two, a large form is archived on its own too, from the file, whose hash must still match.
		byte[] content = null;
		if (file.size() <= maxFileBytes) {
			content = readWhole(source, (int) file.size());
			if (content == null || changedSinceListed(source, file)) {
				return FileOutcome.deferred(file, Deferral.CHANGING);
			}
		}
		String sha256 = content != null ? Archive.sha256(content) : Archive.sha256(source);
		if (known.mayContain(sha256) && contents.isKnown(sha256)) {
			metrics.add(Stage.ARCHIVE, start);
			return outcome(file, sha256, null, Outcome.UNCHANGED, null, null, null, List.of());
		}
		String archivePath = null;
		boolean packed = content != null && content.length <= PACKED_MAX_BYTES;
		if (!packed) {
			if (!archive.store(source, sha256, name).equals(sha256)) {
				// The file changed between two reads: it is still being copied. The next run takes it whole.
				return FileOutcome.deferred(file, Deferral.CHANGING);
			}
			Path copy = archive.pathOf(sha256, name);
			archivePath = sha256.substring(0, 2) + "/" + copy.getFileName();
		}
		metrics.add(Stage.ARCHIVE, start);
		Pending kept = new Pending(sha256, archivePath, packed ? content : null);
		if (!WorkbookReader.isWorkbookName(name)) {
			return round.answersStrays() ? outcome(file, kept, Outcome.NOT_FORM, null, null, null,
					List.of(Finding.error("E1", file.path(), notAFormBecause(name), name))) : otherRound(file, sha256);
		}
		FormCheck.Result checked = content != null ? check.read(content, file.path(), tree, round.collected())
				: check.read(archive.pathOf(sha256, name), file.path(), tree, round.collected());
		boolean own = round.isOwn(checked.form());
		if (!own && (checked.form() != null || !round.answersStrays())) {
			return otherRound(file, sha256);
		}
		if (checked.isRejected()) {
			return outcome(file, kept, Outcome.REJECTED, checked.unitCode(),
					checked.submission().map(FormSubmission::formVersion).orElse(null), null, checked.findings());
		}
		FormSubmission submission = checked.submission().orElseThrow();
		return outcome(file, kept, Outcome.ACCEPTED, submission.unitCode(), submission.formVersion(),
				submission.figures(), checked.findings());
	}

	/** Why a file that is not a workbook by its name was not read, with what to do: a compressed one says how. */
	private static String notAFormBecause(String name) {
		return ZippedForms.isZipName(name) ? "intake.zipInFolder"
				: ZippedForms.isOtherArchiveName(name) ? "intake.otherArchiveInFolder" : "intake.notAForm";
	}

	/** New content to keep: archived already ({@code archivePath}) or to be archived with its chunk's pack. */
	private record Pending(String sha256, String archivePath, byte[] content) {
	}

	/**
	 * The file's bytes, or null when it is no longer {@code size} bytes long. A link put in its place since it was
	 * checked is not followed: the read fails, as for a file that cannot be read.
	 */
	private static byte[] readWhole(Path source, int size) throws IOException {
		try (var channel = FileChannel.open(source, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
			byte[] bytes = new byte[size];
			ByteBuffer buffer = ByteBuffer.wrap(bytes);
			while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
				// until the array is full or the file ends
			}
			boolean grown = !buffer.hasRemaining() && channel.read(ByteBuffer.allocate(1)) > 0;
			return buffer.hasRemaining() || grown ? null : bytes;
		}
	}

	/** Nothing of it is kept here: the run of the file's own round archives and records it. */
	private static FileOutcome otherRound(InboxFile file, String sha256) {
		return outcome(file, sha256, null, Outcome.OTHER_ROUND, null, null, null, List.of());
	}

	private static FileOutcome outcome(InboxFile file, Pending kept, Outcome outcome, String unitCode,
			String formVersion, Map<String, Map<Integer, Object>> figures, List<Finding> findings) {
		return new FileOutcome(file.position(), file.path(), kept.sha256(), kept.archivePath(), file.size(),
				file.modified(), outcome, unitCode, formVersion, figures, findings, kept.content(), null);
	}

	/** The time compared as the listing kept it (see {@link InboxFile#timeOf}): it came here through the database. */
	private static boolean changedSinceListed(Path source, InboxFile file) throws IOException {
		return Files.size(source) != file.size()
				|| !InboxFile.timeOf(Files.getLastModifiedTime(source)).equals(file.modified());
	}

	private static FileOutcome outcome(InboxFile file, String sha256, String archivePath, Outcome outcome,
			String unitCode, String formVersion, Map<String, Map<Integer, Object>> figures, List<Finding> findings) {
		return new FileOutcome(file.position(), file.path(), sha256, archivePath, file.size(), file.modified(), outcome,
				unitCode, formVersion, figures, findings, null, null);
	}
}
