package vn.tonghop.workflow;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.tonghop.audit.AuditLog;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.orgunit.Scope;
import vn.tonghop.rounds.Round;
import vn.tonghop.rounds.Rounds;
import vn.tonghop.system.TonghopSettings;

/**
 * Automatic reminders, on only when {@code tonghop.mail.remind-days-before} is set (and mail is configured): each
 * morning, for every open round whose CĐCS deadline is that many days away, a reminder to every CĐCS of the tree not
 * yet counted, recorded as sent by the schedule.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty("tonghop.mail.remind-days-before")
class AutoReminders {

	private static final Logger log = LoggerFactory.getLogger(AutoReminders.class);

	private final Reminders reminders;

	private final Rounds rounds;

	private final Deadlines deadlines;

	private final OrgRegistry registry;

	private final String grassrootsType;

	private final int daysBefore;

	private final java.time.Clock clock;

	AutoReminders(Reminders reminders, Rounds rounds, Deadlines deadlines, OrgRegistry registry,
			TonghopSettings settings, @Value("${tonghop.mail.remind-days-before}") int daysBefore,
			java.time.Clock clock) {
		this.reminders = reminders;
		this.rounds = rounds;
		this.deadlines = deadlines;
		this.registry = registry;
		this.grassrootsType = settings.grassrootsType();
		this.daysBefore = daysBefore;
		this.clock = clock;
	}

	@Scheduled(cron = "${tonghop.mail.remind-cron:0 0 8 * * *}", zone = "${tonghop.schedule.zone:Asia/Ho_Chi_Minh}")
	void remindDue() {
		if (!reminders.isEnabled()) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		for (Round round : rounds.open()) {
			LocalDate due = deadlines.of(round.code()).get(grassrootsType);
			if (due == null || !due.minusDays(daysBefore).equals(today)) {
				continue;
			}
			OrgTree tree = registry.treeAt(round.referenceDate());
			for (OrgUnit top : tree.units().stream().filter(u -> u.parentCode() == null).toList()) {
				Reminders.Sent sent = reminders.remind(round, Scope.wholeTree(tree), top.code(), AuditLog.SCHEDULE);
				log.info("Reminders of round {} under {}: {} sent, {} failed, {} without address", round.code(),
						top.code(), sent.sent(), sent.failed(), sent.withoutAddress());
			}
		}
	}
}
