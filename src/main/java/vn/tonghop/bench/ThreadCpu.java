package vn.tonghop.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The CPU time the JVM's own threads ran, read per thread from Linux's {@code /proc/self/task}: the JIT's (its
 * compiler threads and the code cache sweeper) and the collector's with the VM thread. The JVM's own compilation
 * figure is elapsed time summed over its compiler threads, which on two busy cores also counts the time a compiler
 * waited for a core; this is the time it ran, comparable with the process's CPU time. A reading sums the threads
 * alive at that moment, so a thread that ended between two readings takes its time with it (HotSpot keeps the first
 * compiler thread of each kind, and the collector's threads, for the JVM's life). Without {@code /proc}, -1.
 */
record ThreadCpu(long jitMillis, long collectorMillis) {

	/** The unit of {@code /proc}'s times: USER_HZ, 100 on every Linux the JDK runs on. */
	private static final long MILLIS_PER_TICK = 10;

	static final ThreadCpu UNKNOWN = new ThreadCpu(-1, -1);

	static ThreadCpu now() {
		Path tasks = Path.of("/proc/self/task");
		if (!Files.isDirectory(tasks)) {
			return UNKNOWN;
		}
		List<String> lines = new ArrayList<>();
		try (Stream<Path> threads = Files.list(tasks)) {
			for (Path thread : (Iterable<Path>) threads::iterator) {
				try {
					lines.add(Files.readString(thread.resolve("stat")));
				}
				catch (IOException ended) {
					// The thread ended since the folder was listed: it has nothing more to count.
				}
			}
			return of(lines);
		}
		catch (IOException | RuntimeException unreadable) {
			// A measurement the bench prints beside the others: without it the bench still runs.
			return UNKNOWN;
		}
	}

	/** The threads' times from their {@code stat} lines: {@code tid (name) state … utime stime …}. */
	static ThreadCpu of(List<String> statLines) {
		long jit = 0;
		long collector = 0;
		for (String line : statLines) {
			// The name may hold spaces and parentheses: it ends at the line's last ')'.
			int close = line.lastIndexOf(')');
			String name = line.substring(line.indexOf('(') + 1, close);
			String[] fields = line.substring(close + 2).trim().split(" ");
			// After the name: state (1st), …, utime (12th) and stime (13th), as proc(5) numbers them from 3 to 15.
			long millis = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MILLIS_PER_TICK;
			if (isJit(name)) {
				jit += millis;
			}
			else if (isCollector(name)) {
				collector += millis;
			}
		}
		return new ThreadCpu(jit, collector);
	}

	/** HotSpot's names, cut to the kernel's 15 characters: "C2 CompilerThre", "C1 CompilerThre", "Sweeper thread". */
	private static boolean isJit(String name) {
		return name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler") || name.startsWith("Sweeper");
	}

	/** G1's workers and concurrent threads ("GC Thread#0", "G1 Conc#0", "G1 Refine#0") and the VM thread. */
	private static boolean isCollector(String name) {
		return name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread");
	}

	ThreadCpu since(ThreadCpu start) {
		return jitMillis < 0 || start.jitMillis < 0 ? UNKNOWN
				: new ThreadCpu(jitMillis - start.jitMillis, collectorMillis - start.collectorMillis);
	}
}
