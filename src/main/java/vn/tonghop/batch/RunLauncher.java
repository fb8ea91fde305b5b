package vn.tonghop.batch;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import vn.tonghop.system.DataDirectory;

/**
 * Starts a run of the installation's inbox in the background, for the web app's "run now" and the nightly schedule.
 * A request while a run is going is refused, never queued: the staff see the running one's progress instead.
 */
@Component
public class RunLauncher implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RunLauncher.class);

	private final RunService runs;

	private final DataDirectory dataDirectory;

	private final AtomicBoolean busy = new AtomicBoolean();

	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "consolidation-run");
		thread.setDaemon(false);
		return thread;
	});

	RunLauncher(RunService runs, DataDirectory dataDirectory) {
		this.runs = runs;
		this.dataDirectory = dataDirectory;
	}

	/** @return false when a run is already going (it is not started again) */
	public boolean startInBackground(String requestedBy) {
		if (runs.isRunning() || !busy.compareAndSet(false, true)) {
			return false;
		}
		Path inbox = dataDirectory.inbox();
		executor.execute(() -> {
			try {
				log.info("Run of {} requested by {}", inbox, requestedBy);
				runs.run(inbox, requestedBy);
			}
			catch (DiskTooFullException full) {
				log.warn("Run requested by {} refused: {}", requestedBy, full.getMessage());
			}
			catch (RunInProgressException alreadyRunning) {
				log.info("Run requested by {} refused: another run is going", requestedBy);
			}
			catch (Exception failure) {
				log.error("Run requested by {} failed", requestedBy, failure);
			}
			finally {
				busy.set(false);
			}
		});
		return true;
	}

	public boolean isBusy() {
		return busy.get() || runs.isRunning();
	}

	@Override
	public void destroy() {
		executor.shutdown();
	}
}
