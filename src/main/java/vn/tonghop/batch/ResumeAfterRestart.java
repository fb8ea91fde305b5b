package vn.tonghop.batch;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.tonghop.audit.AuditLog;

/**
 * A server that starts with a run left unfinished (stopped with the service, killed, or failed) finishes it at once,
 * in the background, instead of waiting for the night: the run is started as "Chạy tổng hợp ngay" would, which
 * finishes the unfinished run first. The command line needs nothing of this: every {@code run} does the same.
 */
@Component
@ConditionalOnWebApplication
class ResumeAfterRestart {

	private final RunRecovery recovery;

	private final RunLauncher launcher;

	ResumeAfterRestart(RunRecovery recovery, RunLauncher launcher) {
		this.recovery = recovery;
		this.launcher = launcher;
	}

	@EventListener(ApplicationReadyEvent.class)
	void resume() {
		if (recovery.anyUnfinished()) {
			launcher.startInBackground(AuditLog.RESTART);
		}
	}
}
