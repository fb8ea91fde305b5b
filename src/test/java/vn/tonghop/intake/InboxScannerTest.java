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
 * Excel's lock files, hidden files or the quarantine of mail from unknown senders; a link below the inbox as a link,
 * never followed, the inbox itself wherever its link points.
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

		List<InboxFile> files = new InboxScanner().scan(inbox);

		// EARLY: H1/b, H2/c by path; LATE: H1/a.
		assertThat(files).containsExactly(new InboxFile(0, "H1/b.xlsx", 4, EARLY),
				new InboxFile(1, "H2/c.xlsx", 5, EARLY), new InboxFile(2, "H1/a.xlsx", 3, LATE_KEPT));
		// The inbox itself may be a link: its files are listed the same.
		Path linked = Files.createSymbolicLink(elsewhere.resolve("inbox"), inbox);
		assertThat(new InboxScanner().scan(linked)).isEqualTo(files);
	}

	/**
	 * A link below the inbox, to a file or a folder, inside the inbox or out, whole or broken, is listed as a link and
	 * not followed: followed, it had its unit receive (and its staff download) what it points to.
	 */
	@Test
	void aLinkIsListedAsALinkAndNotFollowed(@TempDir Path inbox, @TempDir Path elsewhere) throws IOException {
		write(inbox.resolve("H1/a.xlsx"), 3, EARLY);
		Path outside = write(elsewhere.resolve("H9/d.xlsx"), 7, LATE);
		Files.createSymbolicLink(inbox.resolve("H2"), outside.getParent());
		Files.createDirectories(inbox.resolve("H3"));
		Files.createSymbolicLink(inbox.resolve("H3/d.xlsx"), outside);
		Files.createSymbolicLink(inbox.resolve("H3/a.xlsx"), inbox.resolve("H1/a.xlsx"));
		Files.createSymbolicLink(inbox.resolve("H3/gone.xlsx"), elsewhere.resolve("nothing.xlsx"));
		Files.createSymbolicLink(inbox.resolve("H3/.hidden"), outside);

		assertThat(new InboxScanner().scan(inbox)).extracting(InboxFile::path, InboxFile::size, InboxFile::deferral)
			.containsExactlyInAnyOrder(tuple("H1/a.xlsx", 3L, null), tuple("H2", 0L, Deferral.LINK),
					tuple("H3/d.xlsx", 0L, Deferral.LINK), tuple("H3/a.xlsx", 0L, Deferral.LINK),
					tuple("H3/gone.xlsx", 0L, Deferral.LINK));
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

	/**
	 * A name that is not UTF-8 (bytes 0xFF 0xFE here, as a .zip made on Windows leaves them) cannot be opened by the
	 * text it is read as: listed as such, with "\uFFFD" in place of the bytes, for staff to rename; taken for gone
	 * before. The folder's name counts too. Java cannot write such a name, so the shell does.
	 */
	@Test
	void aNameThatIsNotUtf8IsListedForStaffToRename(@TempDir Path inbox) throws Exception {
		write(inbox.resolve("H1/a.xlsx"), 3, EARLY);
		Process shell = new ProcessBuilder("sh", "-c", "touch \"$(printf 'H1/b\\377\\376.xlsx')\" && mkdir \"$(printf "
				+ "'H\\3772')\" && touch \"$(printf 'H\\3772/c.xlsx')\"").directory(inbox.toFile()).inheritIO().start();
		assertThat(shell.waitFor()).isZero();

		assertThat(new InboxScanner().scan(inbox)).extracting(InboxFile::path, InboxFile::deferral)
			.containsExactlyInAnyOrder(tuple("H1/a.xlsx", null), tuple("H1/b\uFFFD\uFFFD.xlsx", Deferral.NAME_NOT_UTF8),
					tuple("H\uFFFD2/c.xlsx", Deferral.NAME_NOT_UTF8));
	}

	private static Path write(Path file, int size, Instant modified) throws IOException {
		Files.createDirectories(file.getParent());
		Files.write(file, new byte[size]);
		Files.setLastModifiedTime(file, FileTime.from(modified));
		return file;
	}
}
