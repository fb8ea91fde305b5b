package vn.tonghop.intake;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;

/** What a received message holds, as the mailbox reads it: its files, and whether a person sent it. */
final class MailParts {

	private MailParts() {
	}

	/**
	 * The files of a message, those of the messages it carries included: a clerk who forwards a CĐCS's message "as
	 * an attachment" sends the forms inside that message, not beside it. IMAP servers differ in how they give the
	 * parts of a message inside another (GreenMail gave its file empty), so a message that carries one is read whole
	 * once and its parts are taken from that copy.
	 */
	static List<Part> attachments(Message message) throws MessagingException, IOException {
		List<Part> found = new java.util.ArrayList<>();
		if (!collect(message, found, false)) {
			return found;
		}
		java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
		message.writeTo(whole);
		found.clear();
		collect(new jakarta.mail.internet.MimeMessage(Session.getInstance(new Properties()),
				new java.io.ByteArrayInputStream(whole.toByteArray())), found, true);
		return found;
	}

	/**
	 * Adds the files of {@code part} to {@code found}, and those of a message it carries when {@code intoCarried}
	 * (only in a copy read whole: the server is never asked for a carried message's parts).
	 *
	 * @return true when it carries a message
	 */
	private static boolean collect(Part part, List<Part> found, boolean intoCarried)
			throws MessagingException, IOException {
		boolean carries = false;
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				carries |= collect(multipart.getBodyPart(i), found, intoCarried);
			}
		}
		else if (part.isMimeType("message/rfc822")) {
			carries = true;
			if (intoCarried && part.getContent() instanceof Part carried) {
				collect(carried, found, true);
			}
		}
		else if (part.getFileName() != null) {
			found.add(part);
		}
		return carries;
	}

	/** An attachment's file name as its sender wrote it (see {@link #asSent}); null when it has none. */
	static String fileName(Part part) throws MessagingException {
		String name = part.getFileName();
		if (name == null) {
			return null;
		}
		try {
			return asSent(jakarta.mail.internet.MimeUtility.decodeText(name));
		}
		catch (java.io.UnsupportedEncodingException unknownCharset) {
			return asSent(name);
		}
	}

	/** The message's subject as its sender wrote it (see {@link #asSent}); null when it has none. */
	static String subject(Message message) throws MessagingException {
		return asSent(message.getSubject());
	}

	/**
	 * A header's text as its sender wrote it. A mailer that writes raw UTF-8 into a header (instead of RFC 2047's
	 * encoded words or RFC 2231's parameters) has each of its bytes read as one character: "Báo cáo" arrives as
	 * "BÃ¡o cÃ¡o". A text whose characters are all single bytes, some above ASCII, that together are UTF-8 is read
	 * again as UTF-8; any other text is left as it is (a "Café" sent in Latin-1 is not UTF-8).
	 */
	static String asSent(String text) {
		if (text == null || text.chars().allMatch(c -> c < 0x80) || text.chars().anyMatch(c -> c > 0xFF)) {
			return text;
		}
		byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		return Utf8Bytes.isValid(bytes) ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : text;
	}

	static boolean isInline(Part part) {
		try {
			return Part.INLINE.equalsIgnoreCase(part.getDisposition());
		}
		catch (MessagingException unreadable) {
			return false;
		}
	}

	/** Sent by a program (an autoresponder, a delivery report): RFC 3834's Auto-Submitted, or a bulk precedence. */
	static boolean isAutomatic(Message message) throws MessagingException {
		String[] auto = message.getHeader("Auto-Submitted");
		String[] precedence = message.getHeader("Precedence");
		return auto != null && !auto[0].strip().equalsIgnoreCase("no") || precedence != null
				&& List.of("bulk", "junk", "list", "auto_reply").contains(precedence[0].strip().toLowerCase(Locale.ROOT));
	}
}
