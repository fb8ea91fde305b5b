package vn.tonghop.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The heap while it runs, sampled every 10 ms: the highest in use (garbage included, which the collector lets grow
 * towards -Xmx) and the highest live after a collection (what -Xmx must really hold).
 */
final class HeapSampler implements AutoCloseable {

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

	private final java.util.List<java.lang.management.MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter(p -> p.getType() == java.lang.management.MemoryType.HEAP && p.getCollectionUsage() != null)
		.toList();

	private volatile long live;

	private final Thread thread;

	private volatile boolean running = true;

	private volatile long peak;

	HeapSampler() {
		System.gc();
		thread = new Thread(() -> {
			while (running) {
				peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
				live = Math.max(live, pools.stream().mapToLong(p -> p.getCollectionUsage().getUsed()).sum());
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

	long liveMegabytes() {
		return live / (1024 * 1024);
	}

	@Override
	public void close() throws InterruptedException {
		running = false;
		thread.join();
	}
}
