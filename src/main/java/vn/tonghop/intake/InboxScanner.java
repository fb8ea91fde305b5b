package vn.tonghop.intake;

import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lists the inbox, sub-folders included, in the order files are processed: oldest first, then by path, so that of
 * two files of one unit the later one supersedes. The inbox belongs to the staff: it is only ever read.
 * Excel's lock files ("~$…") and hidden files are not sent by anyone and are passed over, and so is the quarantine
 * of mail from unknown senders ({@link Mailbox#QUARANTINE}).
 * <p>
 * The inbox may itself be a link (the administrator's setting says where it lies), but no link below it is followed:
 * a link in a unit's folder would have that unit receive, and its staff download from the archive, whatever the
 * link points to (another unit's folder, the server's own files). A link is listed as left for the next run
 * ({@link Deferral#LINK}), so that its staff see it and copy the file itself in.
 */
@Component
public class InboxScanner {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(InboxScanner.class);

	public List<InboxFile> scan(Path inbox) throws IOException {
		// The walk, not following links, would take a linked inbox for a single file, and list nothing in it.
		Listing listing = new Listing(inbox.toRealPath());
		Files.walkFileTree(listing.inbox, listing);
		listing.entries.sort(Comparator.comparing(Entry::modified).thenComparing(Entry::path));
		List<InboxFile> files = new ArrayList<>();
		for (int i = 0; i < listing.entries.size(); i++) {
			Entry e = listing.entries.get(i);
			files.add(new InboxFile(i, e.path(), e.size(), e.modified(), e.deferral()));
		}
		return files;
	}

	/** @param deferral why the file cannot be taken, known from the walk; null for a file to take */
	record Entry(String path, long size, Instant modified, Deferral deferral) {
	}

	/**
	 * The longest inbox path a run receives, in UTF-8 bytes: the tables hold 2.000 characters, and PostgreSQL indexes
	 * a value of at most about 2.700 bytes. Windows paths are at most 260 characters.
	 */
	static final int MAX_PATH_BYTES = 2_000;

	/** The walk; it hands each file's attributes over with it (asking again was a second system call a file). */
	static final class Listing extends SimpleFileVisitor<Path> {

		private final Path inbox;

		private final Path quarantine;

		final List<Entry> entries = new ArrayList<>();

		Listing(Path inbox) {
			this.inbox = inbox;
			this.quarantine = inbox.resolve(Mailbox.QUARANTINE);
		}

		@Override
		public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
			// The quarantine of mail from unknown senders is staff's to assign, not a run's to read.
			return dir.equals(quarantine) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
		}

		@Override
		public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
			if (!isSent(file)) {
				return FileVisitResult.CONTINUE;
			}
			if (!namesItself(file)) {
				log.warn("{} in the inbox has a name that is not UTF-8; it is left for the next run: rename it",
						relative(file));
				add(relative(file), 0, Instant.EPOCH, Deferral.NAME_NOT_UTF8);
			}
			else if (attributes.isSymbolicLink()) {
				log.warn("{} in the inbox is a link, which a run does not follow; it is left for the next run",
						relative(file));
				add(relative(file), 0, Instant.EPOCH, Deferral.LINK);
			}
			else if (attributes.isRegularFile()) {
				add(relative(file), attributes.size(), InboxFile.timeOf(attributes.lastModifiedTime()), null);
			}
			return FileVisitResult.CONTINUE;
		}

		/**
		 * A path longer than the database keeps one ({@link #MAX_PATH_BYTES}) is listed under a shortened name that
		 * names no file, as left for the next run; the log gives the whole path and what to do. Stored whole, it
		 * failed the listing, and with it every run.
		 */
		private void add(String path, long size, Instant modified, Deferral deferral) {
			// A UTF-16 char takes at most 3 bytes in UTF-8: the count is spared for nearly every path.
			int bytes = path.length() <= MAX_PATH_BYTES / 3 ? 0
					: path.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
			if (bytes <= MAX_PATH_BYTES) {
				entries.add(new Entry(path, size, modified, deferral));
				return;
			}
			log.warn("{} in the inbox has a path too long to be received ({} bytes); it is left for the next run: move "
					+ "it into a folder with a shorter path", path, bytes);
			// Its unit's folder and its name, never an absolute path.
			int first = path.indexOf('/');
			String shortened = (first > 0 ? path.substring(0, first + 1) : "") + "…/"
					+ path.substring(path.lastIndexOf('/') + 1);
			entries.add(new Entry(shortened, size, modified, Deferral.PATH_TOO_LONG));
		}

		/**
		 * A folder or file that cannot be read where it lies (no permission for the account tonghop runs as) is
		 * listed as it is, so that the run counts it as left for the next run, and the log names it. Thrown on, it
		 * failed the listing, and with it every run, until someone found out why.
		 */
		@Override
		public FileVisitResult visitFileFailed(Path file, IOException failure) {
			if (isSent(file)) {
				log.warn("{} in the inbox cannot be read; it is left for the next run", relative(file), failure);
				add(relative(file), 0, Instant.EPOCH, Deferral.UNREADABLE);
			}
			return FileVisitResult.CONTINUE;
		}

		/**
		 * Whether the file's path, as text, names the file again. A name that is not UTF-8 (a .zip made on Windows
		 * with Vietnamese names, unpacked here) is read with "\uFFFD" in place of its bytes, and no later step could
		 * open the file by that text: it was taken for gone, every night. Only a path with that character is asked.
		 */
		private static boolean namesItself(Path file) {
			String text = file.toString();
			return text.indexOf('\uFFFD') < 0 || file.equals(file.getFileSystem().getPath(text));
		}

		private boolean isSent(Path file) {
			String name = file.getFileName() == null ? "" : file.getFileName().toString();
			return !name.startsWith("~$") && !name.startsWith(".");
		}

		private String relative(Path file) {
			return inbox.relativize(file).toString().replace('\\', '/');
		}
	}
}
