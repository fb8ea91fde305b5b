package vn.tonghop.batch;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.tonghop.audit.AuditKind;
import vn.tonghop.audit.AuditLog;
import vn.tonghop.intake.MailReplies;
import vn.tonghop.intake.Mailbox;

/**
 * When the mailbox is read: before every run (so that its files are in it) and, in the web app, on a schedule; after
 * every run the replies owed are sent. A mailbox that cannot be reached is logged, audited and reported, and the run
 * goes on with the files it has.
 */
@Component
public class MailIntake {

	private static final Logger log = LoggerFactory.getLogger(MailIntake.class);

	private final Mailbox mailbox;

	private final MailReplies replies;

	private final AuditLog audit;

	private volatile String problem;

	MailIntake(Mailbox mailbox, MailReplies replies, AuditLog audit) {
		this.mailbox = mailbox;
		this.replies = replies;
		this.audit = audit;
	}

	/** Why the last check could not read the mailbox; empty when it could (or mail intake is off). */
	public Optional<String> problem() {
		return Optional.ofNullable(problem);
	}

	void collect(java.nio.file.Path inbox) {
		if (!mailbox.isEnabled()) {
			return;
		}
		try {
			mailbox.collect(inbox);
			problem = null;
		}
		catch (Exception unreachable) {
			problem = String.valueOf(unreachable.getMessage());
			log.warn("The mailbox could not be read; the run goes on without it", unreachable);
			audit.record(AuditLog.SCHEDULE, AuditKind.MAIL, null, null, "audit.detail.mail.unreachable", problem);
		}
	}

	void reply() {
		try {
			replies.sendPending();
		}
		catch (RuntimeException failure) {
			log.warn("Replies to e-mailed files could not be sent; they are tried again at the next check", failure);
		}
	}

	/** The web app's own check between runs. */
	@Component
	@ConditionalOnWebApplication
	@ConditionalOnExpression("!'${tonghop.mailbox.host:}'.isBlank()")
	static class Schedule {

		private final MailIntake intake;

		private final RunService runs;

		private final vn.tonghop.system.DataDirectory dataDirectory;

		Schedule(MailIntake intake, RunService runs, vn.tonghop.system.DataDirectory dataDirectory) {
			this.intake = intake;
			this.runs = runs;
			this.dataDirectory = dataDirectory;
		}

		@Scheduled(fixedDelayString = "${tonghop.mailbox.check-every:15m}", initialDelayString = "1m")
		void check() {
			if (!runs.isRunning()) {
				intake.collect(dataDirectory.inbox());
				intake.reply();
			}
		}
	}
}
