package vn.tonghop.system;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Named places in a run where the fault tests stop a process to kill it there: archiving a file, validating one,
 * storing a chunk, rolling up, rendering reports. Inert unless {@code tonghop.fault-injection.pause-at} is set to
 * {@code <point>:<n>}: the n-th time a thread reaches that point, it says so on standard error and waits forever,
 * so that a test can kill the process at exactly that moment. Nothing else changes.
 */
@Component
public class FaultPoints {

	private final String point;

	private final int occurrence;

	private final AtomicInteger reached = new AtomicInteger();

	FaultPoints(@Value("${tonghop.fault-injection.pause-at:}") String pauseAt) {
		String[] parts = pauseAt.split(":");
		this.point = parts[0];
		this.occurrence = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
	}

	public void reach(String name) {
		if (!point.isEmpty() && point.equals(name) && reached.incrementAndGet() == occurrence) {
			System.err.println("FAULT-POINT " + name);
			System.err.flush();
			try {
				Thread.sleep(Long.MAX_VALUE);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
