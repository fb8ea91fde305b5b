package vn.tonghop.batch;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The nightly consolidation of the server ({@code serve} only; the command line runs when it is told to).
 * {@code tonghop.schedule.cron} sets the time (02:00 by default, Vietnam time); "-" switches it off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
class NightlyRun {

	private final RunLauncher launcher;

	NightlyRun(RunLauncher launcher) {
		this.launcher = launcher;
	}

	@Scheduled(cron = "${tonghop.schedule.cron:0 0 2 * * *}", zone = "${tonghop.schedule.zone:Asia/Ho_Chi_Minh}")
	void run() {
		launcher.startInBackground(vn.tonghop.audit.AuditLog.SCHEDULE);
	}
}
