package vn.tonghop.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingFormatter;
import vn.tonghop.intake.IntakeRepository;
import vn.tonghop.system.Messages;
import vn.tonghop.system.VietnameseFormat;
import vn.tonghop.workbook.AnnotatedCopyWriter;

/** A reminder's subject and body in Vietnamese from the message bundles, and the annotated copy to attach. */
@Component
class ReminderMessages {

	/** At most this many findings are listed in a body; the annotated copy holds them all. */
	private static final int LISTED = 20;

	record Composed(String subject, String body, String attachmentName) {
	}

	private final Messages messages;

	private final FindingFormatter findings;

	private final AnnotatedCopyWriter annotated;

	ReminderMessages(Messages messages, FindingFormatter findings, AnnotatedCopyWriter annotated) {
		this.messages = messages;
		this.findings = findings;
		this.annotated = annotated;
	}

	/**
	 * @param file the CĐCS's latest returned file, or null when it sent nothing
	 * @param attached whether its annotated copy goes with the message (the body says so only then)
	 */
	Composed of(ReportingStatus status, ReportingStatus.Missing missing, IntakeRepository.ReceivedFile file,
			boolean attached) {
		String due = status.due() == null ? messages.get("mail.reminder.noDeadline")
				: messages.get("mail.reminder.deadline", VietnameseFormat.shortDate(status.due()));
		StringBuilder body = new StringBuilder();
		body.append(messages.get("mail.reminder.greeting", missing.unit().name())).append("\n\n");
		if (file == null) {
			body.append(messages.get("mail.reminder.notSent", status.round().title(), status.unit().name(), due));
		}
		else {
			body.append(messages.get("mail.reminder.returned", file.path(), status.round().title(), due)).append("\n\n");
			List<Finding> errors = file.findings().stream().filter(Finding::isError).toList();
			errors.stream().limit(LISTED).forEach(f -> body.append("- ").append(findings.format(f)).append('\n'));
			if (errors.size() > LISTED) {
				body.append(messages.get("mail.reminder.more", errors.size() - LISTED)).append('\n');
			}
			if (attached) {
				body.append('\n').append(messages.get("mail.reminder.attached"));
			}
		}
		body.append("\n\n").append(messages.get("mail.reminder.signature", status.unit().name()));
		String subjectKey = file == null ? "mail.reminder.subject.notSent" : "mail.reminder.subject.returned";
		return new Composed(messages.get(subjectKey, status.round().title(), missing.unit().code()), body.toString(),
				attached ? AnnotatedCopyWriter.nameFor(file.path()) : null);
	}

	/** The returned file's annotated copy in a temporary file; null when the file cannot be opened as a workbook. */
	Path annotatedCopy(IntakeRepository.ReceivedFile file, vn.tonghop.intake.Archive archive) throws IOException {
		if (file.archivePath() == null) {
			return null;
		}
		byte[] content = archive.read(file.archivePath(), file.sha256());
		Path copy = Files.createTempFile("reminder-", ".xlsx");
		boolean written = false;
		try {
			written = annotated.write(content, file.findings(), copy);
			return written ? copy : null;
		}
		finally {
			if (!written) {
				Files.deleteIfExists(copy);
			}
		}
	}
}
