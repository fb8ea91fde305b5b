package vn.tonghop.system;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Named places in a run where the fault tests stop a process to kill it there: archiving a file, validating one,
 * storing a chunk, rolling up, rendering reports. Inert unless {@code tonghop.fault-injection.pause-at} is set to
 * {@code <point>:<n>}: the n-th time a thread reaches that point, it says so on standard error and waits forever,
 * so that a test can kill the process at exactly that moment ({@code tonghop.fault-injection.pause-for}, a duration:
 * waits that long instead, so that a test can stop the process there and watch it stop cleanly).
 * <p>
 * {@code tonghop.fault-injection.fail-at} ({@code <point>:<part of a file name>}, comma-separated) makes the per-file
 * steps (take, read, validate, store, storeUnit: any store of the file with its unit, annotate, annex) throw for the
 * files whose path contains that part, and a unit's
 * report ({@code report:<part of a unit code>}), so that the containment tests reach every step with one odd file or
 * unit among good ones. Nothing else changes.
 */
@Component
public class FaultPoints {

	private final String point;

	private final int occurrence;

	private final AtomicInteger reached = new AtomicInteger();

	private final long pauseMillis;

	/** Point → the part of a file path that makes it fail there. */
	private final java.util.Map<String, String> failAt = new java.util.HashMap<>();

	FaultPoints(@Value("${tonghop.fault-injection.pause-at:}") String pauseAt,
			@Value("${tonghop.fault-injection.fail-at:}") String failAt,
			@Value("${tonghop.fault-injection.pause-for:}") java.time.Duration pauseFor) {
		this.pauseMillis = pauseFor == null ? Long.MAX_VALUE : pauseFor.toMillis();
		for (String entry : failAt.split(",")) {
			int colon = entry.indexOf(':');
			if (colon > 0) {
				this.failAt.put(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip());
			}
		}
		String[] parts = pauseAt.split(":");
		this.point = parts[0];
		this.occurrence = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
	}

	public void reach(String name) {
		if (!point.isEmpty() && point.equals(name) && reached.incrementAndGet() == occurrence) {
			System.err.println("FAULT-POINT " + name);
			System.err.flush();
			try {
				Thread.sleep(pauseMillis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** Throws at a per-file step for a file chosen by {@code fail-at}; does nothing otherwise. */
	public void failIfChosen(String name, String path) {
		String part = failAt.get(name);
		if (part != null && path != null && path.contains(part)) {
			throw new IllegalStateException("Injected failure at " + name + " for " + path);
		}
	}
}
