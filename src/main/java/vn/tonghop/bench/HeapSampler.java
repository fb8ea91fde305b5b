package vn.tonghop.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** The highest heap in use while it runs, sampled every 10 ms (what -Xmx must accommodate). */
final class HeapSampler implements AutoCloseable {

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

	private final Thread thread;

	private volatile boolean running = true;

	private volatile long peak;

	HeapSampler() {
		System.gc();
		thread = new Thread(() -> {
			while (running) {
				peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
				try {
					Thread.sleep(10);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "heap-sampler");
		thread.setDaemon(true);
		thread.start();
	}

	long peakMegabytes() {
		return peak / (1024 * 1024);
	}

	@Override
	public void close() throws InterruptedException {
		running = false;
		thread.join();
	}
}
