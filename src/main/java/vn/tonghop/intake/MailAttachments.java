package vn.tonghop.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tonghop.audit.AuditKind;
import vn.tonghop.audit.AuditLog;
import vn.tonghop.system.Text;

/**
 * The forms a message brings: each Excel attachment, and each workbook in a zipped one, written into the inbox
 * folder of the sender's unit (or the quarantine), recorded in {@code mail_intake} and audited. Other attachments
 * (a signature's logo, a scanned letter) are passed over.
 */
final class MailAttachments {

	private static final Logger log = LoggerFactory.getLogger(MailAttachments.class);

	private final JdbcClient jdbc;

	private final AuditLog audit;

	MailAttachments(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * Takes one attachment's forms into the inbox of {@code unit} (the quarantine when null).
	 *
	 * @return how many files were stored
	 */
	int take(Path inbox, Message message, String sender, String unit, Part part) throws IOException, MessagingException {
		String name = MailParts.fileName(part);
		if (ZippedForms.isZipName(name)) {
			return unzip(inbox, message, sender, unit, name, part);
		}
		if (!WorkbookSignature.hasExcelName(SafeFileName.of(name))) {
			return 0;
		}
		try (InputStream in = part.getInputStream()) {
			store(inbox, message, sender, unit, name, in);
		}
		return 1;
	}

	/**
	 * Records a unit's message whose attachments held no form, for {@link MailReplies} to tell its sender; the
	 * message's files are not kept (as any attachment that is not a form).
	 */
	void noForm(Message message, String sender, String unit, List<Part> parts) throws MessagingException, IOException {
		List<String> names = new ArrayList<>();
		for (Part part : parts) {
			names.add(SafeFileName.of(MailParts.fileName(part)));
		}
		String attached = Text.cut(String.join(", ", names), 500);
		owed(message, sender, unit, "NO_FORM", attached);
		audit.record(sender, AuditKind.MAIL, null, unit, "audit.detail.mail.noForm", sender,
				String.valueOf(MailParts.subject(message)), attached);
	}

	/** A reply owed to a message of {@code unit} about {@code what} it sent, which {@link MailReplies} composes. */
	private void owed(Message message, String sender, String unit, String status, String what)
			throws MessagingException {
		String[] ids = message.getHeader("Message-ID");
		jdbc.sql("INSERT INTO mail_intake (message_id, sender, subject, received_at, file_name, inbox_path, unit_code, "
				+ "status) VALUES (?, ?, ?, ?, ?, '', ?, ?)")
			.params(Text.cut(ids == null ? null : ids[0], 500), Text.cut(sender, 320),
					Text.cut(MailParts.subject(message), 500), Timestamp.from(Instant.now()), Text.cut(what, 500), unit,
					status)
			.update();
	}

	/**
	 * Takes the workbooks of a zipped attachment as if each had been attached by itself; the zip's other files are
	 * passed over, as other attachments are. A zip that cannot be read whole is the sender's to send again: what it
	 * gave is kept, and the audit log says what it held back.
	 *
	 * @return how many workbooks were stored
	 */
	private int unzip(Path inbox, Message message, String sender, String unit, String zip, Part part)
			throws IOException, MessagingException {
		int[] stored = { 0 };
		try (InputStream in = part.getInputStream()) {
			ZippedForms.Unpacked unpacked = ZippedForms.each(in, ZippedForms.MAX_WORKBOOKS, (name, content) -> {
				try {
					store(inbox, message, sender, unit, name, content);
				}
				catch (MessagingException ex) {
					throw new IOException(ex);
				}
				stored[0]++;
			});
			if (!unpacked.encrypted().isEmpty() || !unpacked.notRead().isEmpty()) {
				audit.record(sender, AuditKind.MAIL, null, unit, "audit.detail.mail.zipHeldBack", zip, sender,
						String.join(", ", unpacked.encrypted()), String.join(", ", unpacked.notRead()),
						String.valueOf(ZippedForms.MAX_WORKBOOKS));
				heldBack(message, sender, unit, stored[0], zip + ": " + String.join(", ", unpacked.encrypted())
						+ (unpacked.encrypted().isEmpty() || unpacked.notRead().isEmpty() ? "" : ", ")
						+ String.join(", ", unpacked.notRead()));
			}
		}
		catch (ZippedForms.Damaged | ZippedForms.TooMuchInside | java.util.zip.ZipException unreadable) {
			log.warn("The zip {} from {} could not be unpacked whole; {} of its workbooks were taken", zip, sender,
					stored[0], unreadable);
			audit.record(sender, AuditKind.MAIL, null, unit, "audit.detail.mail.zipUnreadable", zip, sender,
					String.valueOf(stored[0]));
			heldBack(message, sender, unit, stored[0], zip);
		}
		return stored[0];
	}

	/**
	 * A unit's zip that gave some of its workbooks but not all is answered, naming what was not taken; one that gave
	 * none is answered with the message's other attachments, as a message without a form.
	 */
	private void heldBack(Message message, String sender, String unit, int stored, String what)
			throws MessagingException {
		if (unit != null && stored > 0) {
			owed(message, sender, unit, "ZIP_HELD_BACK", what);
		}
	}

	private void store(Path inbox, Message message, String sender, String unit, String name, InputStream content)
			throws IOException, MessagingException {
		String safe = SafeFileName.of(name);
		Path folder;
		try {
			folder = UploadService.unitFolder(inbox, unit == null ? Mailbox.QUARANTINE : unit);
		}
		catch (InboxFolderIsLink link) {
			// Kept for staff to assign once the administrator has made the folder a folder again.
			log.warn("{}: the mail from {} waits in the quarantine", link.getMessage(), sender);
			unit = null;
			folder = UploadService.unitFolder(inbox, Mailbox.QUARANTINE);
		}
		String folderName = unit == null ? Mailbox.QUARANTINE : unit;
		// Written under a hidden name first: the scanner skips it until it is whole.
		Path partial = Files.createTempFile(folder, ".mail-", ".part");
		try {
			Files.copy(content, partial, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			Path stored = UploadService.moveBeside(partial, folder, safe);
			String inboxPath = folderName + "/" + stored.getFileName();
			String[] ids = message.getHeader("Message-ID");
			String subject = MailParts.subject(message);
			String received = unit;
			UploadService.keptOnlyIfRecorded(stored, () -> {
				jdbc.sql("INSERT INTO mail_intake (message_id, sender, subject, received_at, file_name, inbox_path, "
						+ "unit_code, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
					.params(Text.cut(ids == null ? null : ids[0], 500), Text.cut(sender, 320),
							Text.cut(subject, 500), Timestamp.from(Instant.now()), safe, inboxPath,
							received, received == null ? "QUARANTINED" : "RECEIVED")
					.update();
				audit.record(sender, AuditKind.MAIL, null, received, received == null ? "audit.detail.mail.quarantined"
						: "audit.detail.mail.received", safe, sender, inboxPath);
				return null;
			});
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}
}
