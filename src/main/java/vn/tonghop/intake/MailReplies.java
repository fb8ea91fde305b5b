package vn.tonghop.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import vn.tonghop.audit.AuditKind;
import vn.tonghop.audit.AuditLog;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingFormatter;
import vn.tonghop.system.Messages;

/**
 * The automatic reply to a file received by e-mail, once a run has taken it: "đã nhận, hợp lệ" (with its warnings),
 * or returned with each finding, or a content received before; and at once to a unit's message that brought no
 * form, or a zip not all of whose forms could be taken. Sent through the SMTP server of the reminders
 * ({@code spring.mail.host}); a file no run has taken yet waits for the next check, and so does a reply the server
 * refused (it is recorded and tried again).
 */
@Component
public class MailReplies {

	private record Pending(long id, String sender, String fileName, String inboxPath, String unitCode, String status,
			String subject) {
	}

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> mail;

	private final IntakeRepository intake;

	private final FindingFormatter findings;

	private final Messages messages;

	private final AuditLog audit;

	private final String from;

	MailReplies(JdbcClient jdbc, ObjectProvider<JavaMailSender> mail, IntakeRepository intake,
			FindingFormatter findings, Messages messages, AuditLog audit,
			@Value("${tonghop.mail.from:${spring.mail.username:tonghop@localhost}}") String from) {
		this.jdbc = jdbc;
		this.mail = mail;
		this.intake = intake;
		this.findings = findings;
		this.messages = messages;
		this.audit = audit;
		this.from = from;
	}

	/** @return how many replies were sent */
	public int sendPending() {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		int sent = 0;
		for (Pending p : jdbc.sql("SELECT id, sender, file_name, inbox_path, unit_code, status, subject FROM mail_intake "
				+ "WHERE status IN ('RECEIVED', 'ASSIGNED', 'NO_FORM', 'ZIP_HELD_BACK') AND replied_at IS NULL AND "
				+ "sender <> '' ORDER BY id")
			.query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7)))
			.list()) {
			String[] reply = compose(p);
			if (reply == null) {
				continue;
			}
			String result;
			try {
				var message = sender.createMimeMessage();
				var helper = new MimeMessageHelper(message, false, "UTF-8");
				helper.setFrom(from);
				helper.setTo(p.sender());
				helper.setSubject(reply[0]);
				helper.setText(reply[1], false);
				sender.send(message);
				result = "SENT";
				sent++;
			}
			catch (Exception refused) {
				// Tried again at the next check: the reply is owed until it leaves.
				jdbc.sql("UPDATE mail_intake SET reply_result = ? WHERE id = ?")
					.params(vn.tonghop.system.Text.cut("FAILED: " + refused.getMessage(), 2000), p.id()).update();
				continue;
			}
			jdbc.sql("UPDATE mail_intake SET replied_at = ?, reply_result = ? WHERE id = ?")
				.params(Timestamp.from(Instant.now()), result, p.id()).update();
			audit.record(AuditLog.SCHEDULE, AuditKind.MAIL, null, p.unitCode(), "audit.detail.mail.replied",
					p.fileName(), p.sender(), reply[0]);
		}
		return sent;
	}

	/** Subject and body; null while no run has taken the file. */
	private String[] compose(Pending p) {
		String subject = p.subject() == null ? "" : p.subject();
		if (p.status().equals("NO_FORM")) {
			return new String[] { messages.get("mail.reply.subject.noForm", subject),
					messages.get("mail.reply.noForm", subject, p.fileName()) + signature() };
		}
		if (p.status().equals("ZIP_HELD_BACK")) {
			return new String[] { messages.get("mail.reply.subject.zipHeldBack", subject),
					messages.get("mail.reply.zipHeldBack", subject, p.fileName(), ZippedForms.MAX_WORKBOOKS)
							+ signature() };
		}
		List<IntakeRepository.ReceivedFile> taken = jdbc.sql("SELECT sha256, status FROM received_file WHERE "
				+ "file_name = ?")
			.param(p.inboxPath())
			.query((rs, n) -> new IntakeRepository.ReceivedFile(rs.getString(1), p.inboxPath(), null, rs.getString(2),
					p.unitCode(), intake.findings(rs.getString(1), p.inboxPath())))
			.list();
		if (taken.isEmpty()) {
			boolean duplicate = jdbc.sql("SELECT COUNT(*) FROM duplicate_file WHERE path = ?").param(p.inboxPath())
				.query(Long.class).single() > 0;
			return duplicate ? new String[] {
					messages.get("mail.reply.subject.duplicate", p.fileName()),
					messages.get("mail.reply.duplicate", p.fileName()) + signature() } : null;
		}
		IntakeRepository.ReceivedFile file = taken.get(0);
		StringBuilder body = new StringBuilder();
		boolean accepted = file.status().equals(Outcome.ACCEPTED.name());
		body.append(messages.get(accepted ? "mail.reply.accepted" : "mail.reply.returned", p.fileName())).append("\n\n");
		for (Finding f : file.findings()) {
			body.append("- ").append(findings.format(f)).append('\n');
		}
		return new String[] { messages.get(accepted ? "mail.reply.subject.accepted" : "mail.reply.subject.returned",
				p.fileName()), body.append(signature()).toString() };
	}

	private String signature() {
		return "\n" + messages.get("mail.reply.signature");
	}
}
