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
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tonghop.audit.AuditKind;
import vn.tonghop.audit.AuditLog;
import vn.tonghop.orgunit.Scope;
import vn.tonghop.system.DataDirectory;
import vn.tonghop.system.TonghopSettings;
import vn.tonghop.system.Database;

/**
 * Files sent through the web app. Each goes into the inbox folder of the unit it was sent for, exactly like a file
 * dropped there by hand, and the next run takes it through the same intake. Nothing is overwritten: a second file
 * under the same name is stored beside the first ("bieu (2).xlsx"). Only Excel workbooks are taken, by name and by
 * content; anything else is refused before it reaches the inbox.
 */
@Service
public class UploadService {

	public record Upload(long id, String unitCode, String originalName, String inboxPath, long sizeBytes,
			String sha256, Instant uploadedAt) {
	}

	private final DataDirectory dataDirectory;

	private final JdbcClient jdbc;

	private final Database database;

	private final long maxFileBytes;

	private final Archive archive;

	private final AuditLog audit;

	UploadService(DataDirectory dataDirectory, JdbcClient jdbc, Database database, TonghopSettings settings, Archive archive,
			AuditLog audit) {
		this.audit = audit;
		this.archive = archive;
		this.dataDirectory = dataDirectory;
		this.jdbc = jdbc;
		this.database = database;
		this.maxFileBytes = settings.maxFileBytes();
	}

	public long maxFileBytes() {
		return maxFileBytes;
	}

	/**
	 * Stores one file in the inbox of {@code unitCode}, which must be in the sender's scope.
	 *
	 * @param zip the name of the zip the file was sent in (the audit log says so), or null
	 * @throws FileTooLargeException over the size limit (nothing is kept)
	 */
	@Transactional
	public Upload store(Scope scope, String username, String unitCode, String sentName, String zip,
			InputStream content) throws IOException {
		scope.require(unitCode);
		String name = SafeFileName.of(sentName);
		if (!WorkbookSignature.hasExcelName(name)) {
			throw new NotAWorkbookException(sentName);
		}
		Path folder = unitFolder(dataDirectory.inbox(), unitCode);
		// Written under a hidden name first: the scanner skips it until it is whole.
		Path partial = Files.createTempFile(folder, ".upload-", ".part");
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			long size;
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(partial), digest)) {
				size = copyBounded(content, out, name);
			}
			if (!WorkbookSignature.looksLikeWorkbook(partial)) {
				throw new NotAWorkbookException(sentName);
			}
			Path stored = moveBeside(partial, folder, name);
			String inboxPath = unitCode + "/" + stored.getFileName();
			String sha256 = HexFormat.of().formatHex(digest.digest());
			return keptOnlyIfRecorded(stored, () -> {
				long id = database.nextValue("upload_id_seq");
				Instant now = Instant.now();
				jdbc.sql("INSERT INTO upload (id, unit_code, original_name, inbox_path, size_bytes, sha256, username, "
						+ "uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
					.params(id, unitCode, name, inboxPath, size, sha256, username, Timestamp.from(now))
					.update();
				if (zip == null) {
					audit.record(username, AuditKind.UPLOAD, null, unitCode, "audit.detail.upload", name, inboxPath, size);
				}
				else {
					audit.record(username, AuditKind.UPLOAD, null, unitCode, "audit.detail.uploadFromZip", name,
							inboxPath, size, SafeFileName.of(zip));
				}
				return new Upload(id, unitCode, name, inboxPath, size, sha256, now);
			});
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	/** When the same content was received before (by any path), the time it was received. */
	public Optional<Instant> receivedBefore(String sha256) {
		return jdbc.sql("SELECT MIN(received_at) FROM received_file WHERE sha256 = ?")
			.param(sha256)
			.query((rs, n) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant())
			.optional();
	}

	/**
	 * An upload (alias {@code u}) that no run has taken yet: neither received nor met as a duplicate under its own
	 * path (an upload's path is never reused, so these two say whether a run took it).
	 */
	static final String NOT_TAKEN = "NOT EXISTS (SELECT 1 FROM received_file r WHERE r.sha256 = u.sha256 AND "
			+ "r.file_name = u.inbox_path) AND NOT EXISTS (SELECT 1 FROM duplicate_file d WHERE d.path = u.inbox_path "
			+ "AND d.sha256 = u.sha256)";

	/**
	 * Takes back a file the person sent that no run has taken yet: it leaves the inbox, its content stays in the
	 * archive (nothing a clerk sent is lost), and the upload records who withdrew it and when.
	 *
	 * @return false when the file is not theirs to withdraw, or a run has already taken it
	 */
	@Transactional
	public boolean withdraw(String username, long uploadId) throws IOException {
		Optional<Upload> upload = jdbc.sql("SELECT id, unit_code, original_name, inbox_path, size_bytes, sha256, "
				+ "uploaded_at FROM upload u WHERE id = ? AND username = ? AND withdrawn_at IS NULL AND " + NOT_TAKEN)
			.params(uploadId, username)
			.query((rs, n) -> new Upload(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
			.optional();
		if (upload.isEmpty()) {
			return false;
		}
		Path file = dataDirectory.inbox().resolve(upload.get().inboxPath());
		if (Files.isRegularFile(file)) {
			archive.store(file, upload.get().sha256(), upload.get().originalName());
		}
		jdbc.sql("UPDATE upload SET withdrawn_at = ?, withdrawn_by = ? WHERE id = ?")
			.params(Timestamp.from(Instant.now()), username, uploadId)
			.update();
		Files.deleteIfExists(file);
		audit.record(username, AuditKind.WITHDRAWAL, null, upload.get().unitCode(), "audit.detail.withdrawal",
				upload.get().originalName(), upload.get().inboxPath());
		return true;
	}

	/** Where the upload lies in the inbox, to be read where it is. */
	public Path inboxFile(Upload upload) {
		return dataDirectory.inbox().resolve(upload.inboxPath());
	}

	/** Records the unit the upload's form names, as the check at upload read it: the lists show it until a run. */
	public void recordFormUnit(Upload upload, String unitCode) {
		jdbc.sql("UPDATE upload SET form_unit_code = ? WHERE id = ?").params(unitCode, upload.id()).update();
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

	/**
	 * A unit's folder in the inbox, made when missing.
	 *
	 * @throws InboxFolderIsLink when it is a link: no run reads through one, so a file written there would be lost
	 */
	static Path unitFolder(Path inbox, String folder) throws IOException {
		Path path = inbox.resolve(folder);
		if (Files.isSymbolicLink(path)) {
			throw new InboxFolderIsLink(folder);
		}
		return Files.createDirectories(path);
	}

	/**
	 * What {@code record} returns, once it has recorded the file just put in the inbox at {@code stored}; when it
	 * fails, the file leaves the inbox again. A file there without its record would be counted by the next run while
	 * its sender was told it failed (and sent it again), and a mailed one would never be answered.
	 */
	static <T> T keptOnlyIfRecorded(Path stored, java.util.function.Supplier<T> record) throws IOException {
		try {
			return record.get();
		}
		catch (RuntimeException | Error failed) {
			Files.deleteIfExists(stored);
			throw failed;
		}
	}

	/** Links {@code partial} into {@code folder} under {@code name}, or "name (2)"… when taken; never replaces a file. */
	static Path moveBeside(Path partial, Path folder, String name) throws IOException {
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
