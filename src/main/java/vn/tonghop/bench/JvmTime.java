package vn.tonghop.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * What the JVM as a whole spent, as it counts it: the process's CPU time over all its threads, the JIT compilers'
 * time (elapsed, summed over the compiler threads) and the collectors' time (elapsed). On two cores the compilers
 * and the collector share the cores with the run, so the difference between two readings says how much of a
 * measured run was not the run's own work. A figure the JVM does not offer is -1.
 */
record JvmTime(long cpuNanos, long compileMillis, long gcMillis) {

	static JvmTime now() {
		long cpu = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
				? os.getProcessCpuTime() : -1;
		var compiler = ManagementFactory.getCompilationMXBean();
		long compile = compiler != null && compiler.isCompilationTimeMonitoringSupported()
				? compiler.getTotalCompilationTime() : -1;
		long gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
			.mapToLong(GarbageCollectorMXBean::getCollectionTime)
			.filter(t -> t > 0)
			.sum();
		return new JvmTime(cpu, compile, gc);
	}

	/** What was spent since {@code start}. */
	JvmTime since(JvmTime start) {
		return new JvmTime(cpuNanos < 0 ? -1 : cpuNanos - start.cpuNanos,
				compileMillis < 0 ? -1 : compileMillis - start.compileMillis, gcMillis - start.gcMillis);
	}

	/**
	 * Waits until the JIT compilers have been idle for a second (their summed time grew by less than 20 ms), at most
	 * {@code maxMillis}; returns the milliseconds waited. The service's JVM is idle for most of the day between two
	 * nightly runs, and its compilers finish then what the last run's reports left queued; a run measured right
	 * after another would pay for that compiling on the two cores.
	 */
	static long awaitCompilerIdle(long maxMillis) throws InterruptedException {
		long start = System.nanoTime();
		long last = now().compileMillis;
		if (last < 0) {
			return 0;
		}
		while ((System.nanoTime() - start) / 1_000_000 < maxMillis) {
			Thread.sleep(1_000);
			long compiled = now().compileMillis;
			if (compiled - last < 20) {
				break;
			}
			last = compiled;
		}
		return (System.nanoTime() - start) / 1_000_000;
	}
}
