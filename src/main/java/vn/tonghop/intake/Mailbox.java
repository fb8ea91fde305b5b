package vn.tonghop.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.search.FlagTerm;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tonghop.audit.AuditKind;
import vn.tonghop.audit.AuditLog;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.UnitContact;
import vn.tonghop.orgunit.UnitContacts;

/**
 * Forms received by e-mail (off until {@code tonghop.mailbox.host} is set): reads the unread messages of a mailbox
 * over IMAP. Each Excel attachment (and each workbook in a zipped one) of a sender the registry gives to a unit
 * ({@code email} column; an address several units share, to the nearest unit above them all) lands in that unit's
 * inbox folder, where the folder's scope rules hold as for any file there; an attachment from anyone else goes
 * to the quarantine ({@value #QUARANTINE}/), which runs do not read, until staff assign it to a unit or discard it.
 * Messages are marked read, never deleted. Each attachment is recorded (table {@code mail_intake}) and audited.
 */
@Component
public class Mailbox {

	/** The inbox folder of files from unknown senders: runs pass it by. */
	public static final String QUARANTINE = "_chua-xac-dinh";

	private static final Logger log = LoggerFactory.getLogger(Mailbox.class);

	/** What one check did. */
	public record Checked(int messages, int received, int quarantined) {
	}

	private final UnitContacts contacts;

	private final OrgRegistry registry;

	private final MailAttachments attachments;

	private final AuditLog audit;

	private final Properties settings = new Properties();

	private final String host;

	private final String username;

	private final String password;

	private final String folderName;

	Mailbox(UnitContacts contacts, OrgRegistry registry, JdbcClient jdbc, AuditLog audit,
			@Value("${tonghop.mailbox.host:}") String host, @Value("${tonghop.mailbox.port:993}") int port,
			@Value("${tonghop.mailbox.protocol:imaps}") String protocol,
			@Value("${tonghop.mailbox.username:}") String username,
			@Value("${tonghop.mailbox.password:}") String password,
			@Value("${tonghop.mailbox.folder:INBOX}") String folderName) {
		this.contacts = contacts;
		this.registry = registry;
		this.attachments = new MailAttachments(jdbc, audit);
		this.audit = audit;
		this.host = host;
		this.username = username;
		this.password = password;
		this.folderName = folderName;
		settings.put("mail.store.protocol", protocol);
		settings.put("mail." + protocol + ".port", String.valueOf(port));
		settings.put("mail." + protocol + ".connectiontimeout", "20000");
		settings.put("mail." + protocol + ".timeout", "60000");
	}

	public boolean isEnabled() {
		return !host.isBlank();
	}

	/**
	 * Takes the unread messages' Excel attachments into the inbox.
	 *
	 * @param inbox the inbox of the run about to start (the data directory's for the web app)
	 * @throws MessagingException when the mailbox cannot be reached or read (a message is marked read only once its
	 * files are stored)
	 */
	public Checked collect(Path inbox) throws MessagingException, IOException {
		if (!isEnabled()) {
			return new Checked(0, 0, 0);
		}
		Map<String, String> unitOfAddress = unitsByAddress();
		int messages = 0;
		int received = 0;
		int quarantined = 0;
		Store store = Session.getInstance(settings).getStore();
		store.connect(host, username, password);
		try {
			Folder folder = store.getFolder(folderName);
			folder.open(Folder.READ_WRITE);
			try {
				for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
					String sender = sender(message);
					String unit = unitOfAddress.get(sender);
					try {
						List<Part> parts = MailParts.attachments(message);
						int forms = 0;
						for (Part part : parts) {
							int stored = attachments.take(inbox, message, sender, unit, part);
							forms += stored;
							received += unit == null ? 0 : stored;
							quarantined += unit == null ? stored : 0;
						}
						// A unit's message that brought files but no form (a scanned PDF, a zip of something else) is
						// answered: its sender would otherwise take it as received. A signature's inline logo is not
						// such a file, and automatic mail is never answered.
						List<Part> attached = parts.stream().filter(p -> !MailParts.isInline(p)).toList();
						if (forms == 0 && !attached.isEmpty() && unit != null && !MailParts.isAutomatic(message)) {
							attachments.noForm(message, sender, unit, attached);
						}
					}
					catch (MessagingException | IOException | RuntimeException unreadable) {
						if (!folder.isOpen()) {
							throw unreadable;
						}
						// One malformed message must not hold up the others at every check: it is read no more, stays
						// in the mailbox, and the audit log says whose it was.
						log.warn("A message from {} could not be read; it is left in the mailbox", sender, unreadable);
						audit.record(sender, AuditKind.MAIL, null, unit, "audit.detail.mail.unreadable", sender,
								String.valueOf(MailParts.subject(message)), String.valueOf(unreadable.getMessage()));
					}
					message.setFlag(Flags.Flag.SEEN, true);
					messages++;
				}
			}
			finally {
				folder.close(false);
			}
		}
		finally {
			store.close();
		}
		log.info("Mailbox checked: {} messages, {} files for units, {} quarantined", messages, received, quarantined);
		return new Checked(messages, received, quarantined);
	}

	/**
	 * Each address's unit. An address several units share (a district clerk who also answers for its CĐCS) stands
	 * for the nearest unit above them all: its folder's scope is their common subtree, and the file's own unit code
	 * decides which of them it is.
	 */
	private Map<String, String> unitsByAddress() {
		Map<String, java.util.List<String>> units = new java.util.HashMap<>();
		contacts.all().forEach((code, contact) -> addressOf(contact)
			.ifPresent(a -> units.computeIfAbsent(a, x -> new java.util.ArrayList<>()).add(code)));
		OrgTree tree = registry.tree();
		Map<String, String> unitOf = new java.util.HashMap<>();
		units.forEach((address, codes) -> commonAncestor(tree, codes).ifPresent(u -> unitOf.put(address, u)));
		return unitOf;
	}

	private static java.util.Optional<String> commonAncestor(OrgTree tree, java.util.List<String> codes) {
		java.util.List<String> candidates = new java.util.ArrayList<>();
		candidates.add(codes.get(0));
		tree.ancestors(codes.get(0)).forEach(a -> candidates.add(a.code()));
		return candidates.stream().filter(c -> codes.stream().allMatch(code -> tree.isWithin(code, c))).findFirst();
	}

	private static String sender(Message message) throws MessagingException {
		Address[] from = message.getFrom();
		if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)) {
			return "";
		}
		return address.getAddress().strip().toLowerCase(Locale.ROOT);
	}

	private static java.util.Optional<String> addressOf(UnitContact contact) {
		return java.util.Optional.ofNullable(contact.email())
			.map(e -> e.strip().toLowerCase(Locale.ROOT))
			.filter(e -> !e.isEmpty());
	}
}
