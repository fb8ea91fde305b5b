package vn.tonghop.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tonghop.orgunit.Scope;
import vn.tonghop.system.DataDirectory;
import vn.tonghop.system.TonghopSettings;
import vn.tonghop.validation.Finding;

/**
 * Files sent through the web app. Each goes into the inbox folder of the unit it was sent for, exactly like a file
 * dropped there by hand, and the next run takes it through the same intake. Nothing is overwritten: a second file
 * under the same name is stored beside the first ("bieu (2).xlsx").
 */
@Service
public class UploadService {

	public record Upload(long id, String unitCode, String originalName, String inboxPath, long sizeBytes,
			String sha256, Instant uploadedAt) {
	}

	private final DataDirectory dataDirectory;

	private final JdbcClient jdbc;

	private final FileProcessor processor;

	private final long maxFileBytes;

	UploadService(DataDirectory dataDirectory, JdbcClient jdbc, FileProcessor processor, TonghopSettings settings) {
		this.dataDirectory = dataDirectory;
		this.jdbc = jdbc;
		this.processor = processor;
		this.maxFileBytes = settings.maxFileBytes();
	}

	public long maxFileBytes() {
		return maxFileBytes;
	}

	/**
	 * Stores one file in the inbox of {@code unitCode}, which must be in the sender's scope.
	 *
	 * @throws FileTooLargeException over the size limit (nothing is kept)
	 */
	@Transactional
	public Upload store(Scope scope, String username, String unitCode, String sentName, InputStream content)
			throws IOException {
		scope.require(unitCode);
		String name = SafeFileName.of(sentName);
		Path folder = Files.createDirectories(dataDirectory.inbox().resolve(unitCode));
		// Written under a hidden name first: the scanner skips it until it is whole.
		Path partial = Files.createTempFile(folder, ".upload-", ".part");
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			long size;
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(partial), digest)) {
				size = copyBounded(content, out, name);
			}
			Path stored = moveBeside(partial, folder, name);
			String inboxPath = unitCode + "/" + stored.getFileName();
			long id = jdbc.sql("VALUES NEXT VALUE FOR upload_id_seq").query(Long.class).single();
			Instant now = Instant.now();
			String sha256 = HexFormat.of().formatHex(digest.digest());
			jdbc.sql("INSERT INTO upload (id, unit_code, original_name, inbox_path, size_bytes, sha256, username, "
					+ "uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
				.params(id, unitCode, name, inboxPath, size, sha256, username, Timestamp.from(now))
				.update();
			return new Upload(id, unitCode, name, inboxPath, size, sha256, now);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	/** Reads and validates an upload at once, as the night's run will, without recording anything. */
	public List<Finding> check(Upload upload, Scope scope) throws IOException {
		scope.require(upload.unitCode());
		return processor.check(dataDirectory.inbox().resolve(upload.inboxPath()), upload.inboxPath(), scope.tree());
	}

	private long copyBounded(InputStream in, OutputStream out, String name) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
			total += n;
			if (total > maxFileBytes) {
				throw new FileTooLargeException(name, maxFileBytes);
			}
			out.write(buffer, 0, n);
		}
		return total;
	}

	private static Path moveBeside(Path partial, Path folder, String name) throws IOException {
		for (int number = 1;; number++) {
			Path target = folder.resolve(number == 1 ? name : SafeFileName.numbered(name, number));
			try {
				// A hard link is created only if the name is free, atomically: an earlier file is never replaced,
				// even by two uploads of the same name at the same moment (a rename would replace it on Linux).
				return Files.createLink(target, partial);
			}
			catch (FileAlreadyExistsException taken) {
				// try the next number
			}
		}
	}
}
