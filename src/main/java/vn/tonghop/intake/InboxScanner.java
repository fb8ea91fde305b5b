package vn.tonghop.intake;

import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

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
		try (Stream<Path> walk = Files.walk(inbox)) {
			for (Path file : (Iterable<Path>) walk::iterator) {
				String name = file.getFileName().toString();
				if (name.startsWith("~$") || name.startsWith(".")
						|| inbox.relativize(file).startsWith(Mailbox.QUARANTINE)) {
					// The quarantine of mail from unknown senders is staff's to assign, not a run's to read.
					continue;
				}
				BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
				if (attributes.isRegularFile()) {
					String relative = inbox.relativize(file).toString().replace('\\', '/');
					entries.add(new Entry(relative, attributes.size(), attributes.lastModifiedTime().toInstant()));
				}
			}
		}
		entries.sort(Comparator.comparing(Entry::modified).thenComparing(Entry::path));
		List<InboxFile> files = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			Entry e = entries.get(i);
			files.add(new InboxFile(i, e.path(), e.size(), e.modified()));
		}
		return files;
	}
}
