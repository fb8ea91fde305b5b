package vn.tonghop.intake;

import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lists the inbox, sub-folders included, in the order files are processed: oldest first, then by path, so that of
 * two files of one unit the later one supersedes. The inbox belongs to the staff: it is only ever read.
 * Excel's lock files ("~$…") and hidden files are not sent by anyone and are passed over, and so is the quarantine
 * of mail from unknown senders ({@link Mailbox#QUARANTINE}).
 */
@Component
public class InboxScanner {

	public List<InboxFile> scan(Path inbox) throws IOException {
		record Entry(String path, long size, java.time.Instant modified) {
		}
		List<Entry> entries = new ArrayList<>();
		Path quarantine = inbox.resolve(Mailbox.QUARANTINE);
		// The walk hands each file's attributes over with it: asking for them again was a second system call a file.
		Files.walkFileTree(inbox, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
				// The quarantine of mail from unknown senders is staff's to assign, not a run's to read.
				return dir.equals(quarantine) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				String name = file.getFileName().toString();
				BasicFileAttributes target = attributes.isSymbolicLink() ? linked(file) : attributes;
				if (!name.startsWith("~$") && !name.startsWith(".") && target != null && target.isRegularFile()) {
					String relative = inbox.relativize(file).toString().replace('\\', '/');
					entries.add(new Entry(relative, target.size(), InboxFile.timeOf(target.lastModifiedTime())));
				}
				return FileVisitResult.CONTINUE;
			}
		});
		entries.sort(Comparator.comparing(Entry::modified).thenComparing(Entry::path));
		List<InboxFile> files = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			Entry e = entries.get(i);
			files.add(new InboxFile(i, e.path(), e.size(), e.modified()));
		}
		return files;
	}

	/** A link is taken for what it points to, as a file opened by its path is; a link to nothing holds nothing to read. */
	private static BasicFileAttributes linked(Path link) throws IOException {
		try {
			return Files.readAttributes(link, BasicFileAttributes.class);
		}
		catch (java.nio.file.NoSuchFileException broken) {
			return null;
		}
	}
}
