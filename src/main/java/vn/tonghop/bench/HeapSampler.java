package vn.tonghop.bench;

import com.sun.management.GcInfo;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;

/**
 * The heap while it runs, sampled every 10 ms: the highest in use (garbage included, which the collector lets grow
 * towards -Xmx) and the highest "live". By default live is the heap pools' usage after their latest collection,
 * which still counts old-generation garbage that no collection has reached yet: an upper bound. With
 * {@code forceCollections} a full collection is forced every {@link #FORCED_EVERY_MS} ms and live is what it leaves:
 * the real live set, at the cost of the time those collections take. A request the collector skips (it does while a
 * thread holds a JNI critical section, which zip inflation does often) leaves garbage in the heap, so a sample
 * counts only when the count of full collections went up. The sample is what the collector itself reports as left
 * in the heap's pools when that collection ended, not the heap in use once it has returned: by then the resumed
 * threads hold fresh allocation buffers, which count as used.
 */
final class HeapSampler implements AutoCloseable {

	static final long FORCED_EVERY_MS = 1000;

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

	private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null)
		.toList();

	/** The collectors that collect the whole heap (G1 Old Generation, PS MarkSweep, MarkSweepCompact). */
	private final List<GarbageCollectorMXBean> fullCollectors = ManagementFactory.getGarbageCollectorMXBeans()
		.stream()
		.filter(c -> c.getName().contains("Old") || c.getName().contains("MarkSweep"))
		.toList();

	private final List<String> heapPoolNames = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter(p -> p.getType() == MemoryType.HEAP)
		.map(MemoryPoolMXBean::getName)
		.toList();

	private final boolean forceCollections;

	/** The thread running what is measured, whose innermost frame of the product names where the live peak was. */
	private final Thread watched;

	private volatile long live;

	private volatile String livePeakAt = "";

	private volatile long peak;

	private volatile boolean running = true;

	private volatile int collectionsCounted;

	private final Thread thread;

	HeapSampler(boolean forceCollections, Thread watched) {
		this.forceCollections = forceCollections;
		this.watched = watched;
		System.gc();
		thread = new Thread(this::sample, "heap-sampler");
		thread.setDaemon(true);
		thread.start();
	}

	private void sample() {
		long lastForced = System.nanoTime();
		while (running) {
			peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
			if (!forceCollections) {
				noteLive(pools.stream().mapToLong(p -> p.getCollectionUsage().getUsed()).sum());
			}
			else if (System.nanoTime() - lastForced >= FORCED_EVERY_MS * 1_000_000) {
				long before = fullCollections();
				memory.gc();
				if (fullCollectors.isEmpty()) {
					noteLive(memory.getHeapMemoryUsage().getUsed());
					collectionsCounted++;
				}
				else if (fullCollections() > before) {
					noteLive(leftByLastFullCollection());
					collectionsCounted++;
				}
				lastForced = System.nanoTime();
			}
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	/** Where the peak was is only asked of the exact figure: a stack walk at every rise of the upper bound is waste. */
	private void noteLive(long used) {
		if (used > live) {
			live = used;
			livePeakAt = forceCollections ? innermostProductFrame() : "";
		}
	}

	/**
	 * "Class.method" of the watched thread's innermost frame in the product's code; "" when it has none. The sampler's
	 * own frames are passed over: a thread reading the sampler is where its caller is.
	 */
	private String innermostProductFrame() {
		for (StackTraceElement frame : watched.getStackTrace()) {
			String type = frame.getClassName();
			if (type.startsWith("vn.tonghop.") && !type.equals(HeapSampler.class.getName())) {
				return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethodName();
			}
		}
		return "";
	}

	/** The heap pools' usage when the latest full collection ended, as the collector recorded it. */
	private long leftByLastFullCollection() {
		GcInfo last = null;
		for (GarbageCollectorMXBean collector : fullCollectors) {
			GcInfo info = ((com.sun.management.GarbageCollectorMXBean) collector).getLastGcInfo();
			if (info != null && (last == null || info.getEndTime() > last.getEndTime())) {
				last = info;
			}
		}
		if (last == null) {
			return memory.getHeapMemoryUsage().getUsed();
		}
		Map<String, MemoryUsage> after = last.getMemoryUsageAfterGc();
		return heapPoolNames.stream().map(after::get).filter(u -> u != null).mapToLong(MemoryUsage::getUsed).sum();
	}

	private long fullCollections() {
		return fullCollectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
	}

	long peakMegabytes() {
		return peak / (1024 * 1024);
	}

	/** How many forced full collections have given a live figure so far. */
	int collectionsCounted() {
		return collectionsCounted;
	}

	long liveMegabytes() {
		return live / (1024 * 1024);
	}

	/** Where the watched thread was at the highest live heap (a sample later), with forced collections; else "". */
	String livePeakAt() {
		return livePeakAt;
	}

	@Override
	public void close() throws InterruptedException {
		running = false;
		thread.join();
	}
}
