package vn.tonghop.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run lists of the inbox: every file a unit sent, sub-folders included, oldest first and then by path; not
 * Excel's lock files, hidden files or the quarantine of mail from unknown senders; a link for what it points to.
 */
class InboxScannerTest {

	private static final Instant EARLY = Instant.parse("2026-11-20T08:00:00Z");

	/** A file's time finer than a microsecond, and the time the listing keeps: cut, not rounded (see InboxFile). */
	private static final Instant LATE = Instant.parse("2026-11-21T08:00:00.123456789Z");

	private static final Instant LATE_KEPT = Instant.parse("2026-11-21T08:00:00.123456Z");

	@Test
	void listsTheFormsOldestFirstAndPassesOverWhatNobodySent(@TempDir Path inbox, @TempDir Path elsewhere)
			throws IOException {
		write(inbox.resolve("H1/a.xlsx"), 3, LATE);
		write(inbox.resolve("H1/b.xlsx"), 4, EARLY);
		write(inbox.resolve("H2/c.xlsx"), 5, EARLY);
		write(inbox.resolve("H1/~$a.xlsx"), 1, EARLY);
		write(inbox.resolve(".DS_Store"), 1, EARLY);
		write(inbox.resolve(Mailbox.QUARANTINE + "/unknown.xlsx"), 1, EARLY);
		Path outside = write(elsewhere.resolve("d.xlsx"), 7, LATE);
		Files.createSymbolicLink(inbox.resolve("H2/d.xlsx"), outside);
		Files.createSymbolicLink(inbox.resolve("H2/gone.xlsx"), elsewhere.resolve("nothing.xlsx"));

		List<InboxFile> files = new InboxScanner().scan(inbox);

		// EARLY: H1/b, H2/c by path; LATE: H1/a, then the link H2/d with its target's size and time.
		assertThat(files).containsExactly(new InboxFile(0, "H1/b.xlsx", 4, EARLY),
				new InboxFile(1, "H2/c.xlsx", 5, EARLY), new InboxFile(2, "H1/a.xlsx", 3, LATE_KEPT),
				new InboxFile(3, "H2/d.xlsx", 7, LATE_KEPT));
	}

	/**
	 * A folder the walk cannot open (no permission for the account tonghop runs as; as root, as the tests run, no
	 * folder refuses, so the walk's report of it is made here) is listed, to be counted as left for the next run,
	 * and the walk goes on. A hidden one is passed over like a hidden file.
	 */
	@Test
	void aFolderThatCannotBeReadIsListedAndTheWalkGoesOn(@TempDir Path inbox) throws IOException {
		InboxScanner.Listing listing = new InboxScanner.Listing(inbox);
		listing.visitFileFailed(inbox.resolve("H3"), new java.nio.file.AccessDeniedException(inbox.resolve("H3").toString()));
		listing.visitFileFailed(inbox.resolve(".Trash-1000"), new java.nio.file.AccessDeniedException("trash"));

		assertThat(listing.entries).containsExactly(new InboxScanner.Entry("H3", 0, Instant.EPOCH, Deferral.UNREADABLE));
	}

	/** A link whose target cannot be looked at (here: a loop of links, which root meets as anyone) is listed as well. */
	@Test
	void aLinkThatCannotBeFollowedIsListedAndTheWalkGoesOn(@TempDir Path inbox) throws IOException {
		Files.createDirectories(inbox.resolve("H1"));
		Files.createSymbolicLink(inbox.resolve("H1/a.xlsx"), inbox.resolve("H1/b.xlsx"));
		Files.createSymbolicLink(inbox.resolve("H1/b.xlsx"), inbox.resolve("H1/a.xlsx"));

		assertThat(new InboxScanner().scan(inbox)).extracting(InboxFile::path, InboxFile::deferral)
			.containsExactlyInAnyOrder(tuple("H1/a.xlsx", Deferral.UNREADABLE), tuple("H1/b.xlsx", Deferral.UNREADABLE));
	}

	private static Path write(Path file, int size, Instant modified) throws IOException {
		Files.createDirectories(file.getParent());
		Files.write(file, new byte[size]);
		Files.setLastModifiedTime(file, FileTime.from(modified));
		return file;
	}
}
