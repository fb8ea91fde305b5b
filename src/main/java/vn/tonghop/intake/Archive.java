package vn.tonghop.intake;

import org.springframework.stereotype.Component;

import vn.tonghop.system.DataDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The archive of every distinct file ever received, stored under its SHA-256 so that storing is idempotent: a
 * second copy of the same content, or a restarted run, changes nothing. A copy is written to a temporary name,
 * forced to disk and moved into place, so the archive never holds half a file.
 */
@Component
public class Archive {

	private final DataDirectory dataDirectory;

	private final vn.tonghop.system.FaultPoints faults;

	Archive(DataDirectory dataDirectory, vn.tonghop.system.FaultPoints faults) {
		this.dataDirectory = dataDirectory;
		this.faults = faults;
	}

	public static String sha256(Path file) throws IOException {
		MessageDigest digest = newDigest();
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
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
	 * Copies the file into the archive unless its content is there already.
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
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest);
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
	 * Writes content already read (and hashed by the caller from the same bytes) into the archive unless it is there:
	 * the inbox file is read once for its hash, its archived copy and its reading.
	 */
	public void store(byte[] content, String sha256, String fileName) throws IOException {
		Path target = pathOf(sha256, fileName);
		if (Files.exists(target)) {
			return;
		}
		Files.createDirectories(target.getParent());
		Path temporary = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
		try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
			java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(content);
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
			faults.reach("archive");
			channel.force(true);
		}
		Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
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
