package vn.tonghop.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

import vn.tonghop.audit.AuditKind;
import vn.tonghop.audit.AuditLog;
import vn.tonghop.intake.IntakeRepository;
import vn.tonghop.orgunit.Scope;
import vn.tonghop.rounds.Round;

/**
 * Reminders by e-mail to the CĐCS of a "Chưa báo cáo" list that have an address: those that sent nothing, and
 * those whose files were returned (with the findings, and the annotated copy attached). Off until an SMTP server is
 * configured ({@code spring.mail.host}: Spring Boot then provides the sender). Every message is recorded with its
 * result in table {@code mail_message} and in the audit log; a message the server refuses is reported and the
 * others are still sent.
 */
@Service
public class Reminders {

	/** What a sending did. @param withoutAddress units listed that the registry gives no e-mail address */
	public record Sent(int sent, int failed, int withoutAddress) {
	}

	private final ObjectProvider<JavaMailSender> mail;

	private final ReminderMessages compose;

	private final Reporting reporting;

	private final IntakeRepository intake;

	private final vn.tonghop.intake.Archive archive;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final String from;

	Reminders(ObjectProvider<JavaMailSender> mail, ReminderMessages compose, Reporting reporting,
			IntakeRepository intake, vn.tonghop.intake.Archive archive, JdbcClient jdbc, AuditLog audit,
			@Value("${tonghop.mail.from:${spring.mail.username:tonghop@localhost}}") String from) {
		this.mail = mail;
		this.compose = compose;
		this.reporting = reporting;
		this.intake = intake;
		this.archive = archive;
		this.jdbc = jdbc;
		this.audit = audit;
		this.from = from;
	}

	/** True once an SMTP server is configured. */
	public boolean isEnabled() {
		return mail.getIfAvailable() != null;
	}

	/**
	 * Sends a reminder to each CĐCS of {@code unitCode}'s "Chưa báo cáo" list with an address (not to those whose
	 * file only awaits unlocking: they did send).
	 *
	 * @throws IllegalStateException when mail is not configured
	 */
	public Sent remind(Round round, Scope scope, String unitCode, String actor) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			throw new IllegalStateException("Mail is not configured (spring.mail.host)");
		}
		ReportingStatus status = reporting.of(round, scope, unitCode);
		Map<String, IntakeRepository.ReceivedFile> returned = intake.lastReturned(round.code(), true);
		int sent = 0;
		int failed = 0;
		int withoutAddress = 0;
		for (ReportingStatus.Missing missing : status.missing()) {
			if (missing.held()) {
				continue;
			}
			String to = missing.contact() == null ? null : missing.contact().email();
			if (to == null || to.isBlank()) {
				withoutAddress++;
				continue;
			}
			IntakeRepository.ReceivedFile file = missing.sentNothing() ? null : returned.get(missing.unit().code());
			Path annotated = annotatedCopy(file);
			ReminderMessages.Composed message = compose.of(status, missing, file, annotated != null);
			String error = null;
			try {
				var mime = sender.createMimeMessage();
				var helper = new org.springframework.mail.javamail.MimeMessageHelper(mime, annotated != null, "UTF-8");
				helper.setFrom(from);
				helper.setTo(to.strip());
				helper.setSubject(message.subject());
				helper.setText(message.body(), false);
				if (annotated != null) {
					helper.addAttachment(message.attachmentName(),
							new org.springframework.core.io.FileSystemResource(annotated));
				}
				sender.send(mime);
				sent++;
			}
			catch (Exception refused) {
				// One refused message (a bad address, a server down) does not stop the others; it is recorded.
				failed++;
				error = String.valueOf(refused.getMessage());
			}
			finally {
				deleteQuietly(annotated);
			}
			record(actor, round, missing.unit().code(), to.strip(), message, annotated != null, error);
		}
		return new Sent(sent, failed, withoutAddress);
	}

	/**
	 * The returned file's annotated copy, or null. The reminder matters more than its attachment: one that cannot be
	 * made (a damaged archive, a workbook that no longer opens) leaves the message to go without it, and the log says
	 * why under a reference.
	 */
	private Path annotatedCopy(IntakeRepository.ReceivedFile file) {
		if (file == null) {
			return null;
		}
		try {
			return compose.annotatedCopy(file, archive);
		}
		catch (java.io.IOException | RuntimeException noCopy) {
			vn.tonghop.finding.FileFailures.logged("MAIL", "The annotated copy of " + file.path() + " for a reminder",
					"ANNOTATE", noCopy);
			return null;
		}
	}

	private void record(String actor, Round round, String unitCode, String to, ReminderMessages.Composed message,
			boolean attached, String error) {
		String result = error == null ? "SENT" : "FAILED";
		String cut = vn.tonghop.system.Text.cut(error, 2000);
		jdbc.sql("INSERT INTO mail_message (sent_at, sent_by, round_code, unit_code, recipient, subject, attachment, "
				+ "result, error_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(Timestamp.from(Instant.now()), actor, round.code(), unitCode, to, message.subject(),
					attached ? message.attachmentName() : null, result, cut)
			.update();
		audit.record(actor, AuditKind.REMINDER, round.code(), unitCode, "audit.detail.reminder." + result, to,
				message.subject(), cut == null ? "" : cut);
	}

	/** A recorded message. */
	public record MailRecord(Instant at, String sentBy, String unitCode, String recipient, String subject,
			String attachment, String result, String error) {
	}

	/** The round's recorded messages, newest first. */
	public List<MailRecord> recorded(String roundCode, int limit) {
		return jdbc.sql("SELECT sent_at, sent_by, unit_code, recipient, subject, attachment, result, error_text FROM "
				+ "mail_message WHERE round_code = ? ORDER BY id DESC FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY")
			.param(roundCode)
			.query((rs, n) -> new MailRecord(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
			.list();
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ignored) {
				// A temporary copy left behind is removed with the system's temporary files.
			}
		}
	}
}
