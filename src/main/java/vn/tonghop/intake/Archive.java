package vn.tonghop.intake;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tonghop.system.DataDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The archive of every distinct file ever received. A run's forms go into packs: each chunk's new contents appended
 * to one file of their own under {@code packs/} and forced to disk once, before the chunk's rows that point into it
 * commit (an archive path {@code packs/<name>.pack#<offset>+<length>}). A pack a killed run left behind is pointed
 * to by nothing and never read; the next run archives those files again, and the pack is removed before an
 * interrupted run is finished ({@link #removeUnusedPacks}). Uploads, quarantined files and files too
 * large to be a form are stored one file each under their SHA-256 (an archive path {@code <ab>/<sha256>.<ext>}),
 * written to a temporary name, forced and moved into place, so the archive never holds half a file.
 */
@Component
public class Archive {

	private static final String PACKS = "packs";

	private final DataDirectory dataDirectory;

	private final vn.tonghop.system.FaultPoints faults;

	private final JdbcClient jdbc;

	Archive(DataDirectory dataDirectory, vn.tonghop.system.FaultPoints faults, JdbcClient jdbc) {
		this.dataDirectory = dataDirectory;
		this.faults = faults;
		this.jdbc = jdbc;
	}

	/**
	 * The hash of a file of the inbox, read without following a link put in its place (see {@code InboxScanner}): a
	 * link fails to open, as a file that cannot be read.
	 */
	public static String sha256(Path file) throws IOException {
		MessageDigest digest = newDigest();
		try (InputStream in = new DigestInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	public static String sha256(byte[] content) {
		return HexFormat.of().formatHex(newDigest().digest(content));
	}

	/** Where the content with this hash lives (whether or not it is there yet). */
	public Path pathOf(String sha256, String fileName) {
		return dataDirectory.archive().resolve(sha256.substring(0, 2)).resolve(sha256 + extension(fileName));
	}

	/**
	 * Copies the file into the archive unless its content is there already; a link in its place is not followed (it
	 * fails to open, as a file that cannot be read).
	 *
	 * @return the hash of what was archived, which differs from {@code expectedSha256} when the file changed while it
	 * was being read (for example, still being copied into the inbox)
	 */
	public String store(Path file, String expectedSha256, String fileName) throws IOException {
		Path target = pathOf(expectedSha256, fileName);
		if (Files.exists(target)) {
			return expectedSha256;
		}
		Files.createDirectories(target.getParent());
		Path temporary = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
		MessageDigest digest = newDigest();
		try (InputStream in = new DigestInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), digest);
				FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
				OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
			in.transferTo(out);
			faults.reach("archive");
			channel.force(true);
		}
		String actual = HexFormat.of().formatHex(digest.digest());
		if (!actual.equals(expectedSha256)) {
			Files.delete(temporary);
			return actual;
		}
		Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		return actual;
	}

	/**
	 * Appends contents to a new pack with one durable write: the pack is forced to disk once, after the last.
	 *
	 * @param contents by SHA-256, each the bytes that hash to it
	 * @return the archive path of each content, by SHA-256
	 */
	public Map<String, String> storePack(Map<String, byte[]> contents) throws IOException {
		if (contents.isEmpty()) {
			return Map.of();
		}
		Path folder = Files.createDirectories(dataDirectory.archive().resolve(PACKS));
		String name = UUID.randomUUID() + ".pack";
		Map<String, String> paths = new LinkedHashMap<>();
		try (FileChannel channel = FileChannel.open(folder.resolve(name), StandardOpenOption.CREATE_NEW,
				StandardOpenOption.WRITE)) {
			long offset = 0;
			for (Map.Entry<String, byte[]> content : contents.entrySet()) {
				ByteBuffer buffer = ByteBuffer.wrap(content.getValue());
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				paths.put(content.getKey(), PACKS + "/" + name + "#" + offset + "+" + content.getValue().length);
				offset += content.getValue().length;
			}
			faults.reach("archive");
			channel.force(true);
		}
		return paths;
	}

	/**
	 * The bytes of an archived content, from its own file or from its pack, checked against the SHA-256 recorded when
	 * it was received: a damaged archive (a pack cut short by a full disk, a file changed on disk) is said so, never
	 * served as the original. A pack that ends too soon is not an {@link java.io.EOFException}: Spring takes that for
	 * a browser that went away and answers an empty download.
	 *
	 * @throws ArchiveDamaged when the bytes are not the content received, or are gone
	 */
	public byte[] read(String archivePath, String sha256) throws IOException {
		byte[] content;
		try {
			content = bytesAt(archivePath);
		}
		catch (java.nio.file.NoSuchFileException gone) {
			throw new ArchiveDamaged(archivePath, "its file is gone", true);
		}
		if (!sha256(content).equals(sha256)) {
			throw new ArchiveDamaged(archivePath, "its bytes do not hash to " + sha256, false);
		}
		return content;
	}

	private byte[] bytesAt(String archivePath) throws IOException {
		int mark = archivePath.indexOf('#');
		if (mark < 0) {
			return Files.readAllBytes(dataDirectory.archive().resolve(archivePath));
		}
		int plus = archivePath.indexOf('+', mark);
		long offset = Long.parseLong(archivePath.substring(mark + 1, plus));
		int length = Integer.parseInt(archivePath.substring(plus + 1));
		ByteBuffer content = ByteBuffer.allocate(length);
		try (FileChannel pack = FileChannel.open(dataDirectory.archive().resolve(archivePath.substring(0, mark)))) {
			while (content.hasRemaining()) {
				if (pack.read(content, offset + content.position()) < 0) {
					throw new ArchiveDamaged(archivePath, "its pack ends before it", false);
				}
			}
		}
		return content.array();
	}

	/**
	 * Removes the packs no received file points into: those of chunks a killed or failed run wrote but never
	 * committed. Only while no run is taking files (a pack is written before its chunk's rows commit), that is, with
	 * the run lock held, before an interrupted run is finished.
	 *
	 * @return how many packs were removed
	 */
	public int removeUnusedPacks() throws IOException {
		Path folder = dataDirectory.archive().resolve(PACKS);
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		java.util.Set<String> used = new java.util.HashSet<>(jdbc
			.sql("SELECT DISTINCT SUBSTRING(archive_path FROM 1 FOR POSITION('#' IN archive_path) - 1) "
					+ "FROM received_file WHERE archive_path LIKE '" + PACKS + "/%#%'")
			.query(String.class)
			.list());
		int removed = 0;
		try (java.util.stream.Stream<Path> packs = Files.list(folder)) {
			for (Path pack : (Iterable<Path>) packs::iterator) {
				if (!used.contains(PACKS + "/" + pack.getFileName())) {
					Files.delete(pack);
					removed++;
				}
			}
		}
		return removed;
	}

	private static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		String ext = dot < 0 ? "" : fileName.substring(dot).toLowerCase(Locale.ROOT);
		return ext.matches("\\.[a-z0-9]{1,8}") ? ext : ".bin";
	}

	private static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}
}
