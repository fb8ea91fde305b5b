package vn.tonghop.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The JIT's and the collector's CPU time, as the benchmark reads it from each thread's {@code /proc} line. */
class ThreadCpuTest {

	/** A {@code stat} line as Linux writes it: utime and stime are its 14th and 15th fields, in ticks of 10 ms. */
	private static String stat(int tid, String name, long utime, long stime) {
		return tid + " (" + name + ") S 1 1 0 0 -1 1077936192 4120 0 0 0 " + utime + " " + stime
				+ " 0 0 20 0 40 0 6356219 4000000000 60000 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 -1 1 0 0 0 0 0\n";
	}

	@Test
	void countsTheCompilersAndTheCollectorApartFromTheRunsThreads() {
		ThreadCpu cpu = ThreadCpu.of(List.of(stat(11, "C2 CompilerThre", 250, 50), stat(12, "C1 CompilerThre", 30, 2),
				stat(13, "Sweeper thread", 1, 0), stat(14, "GC Thread#0", 40, 5), stat(15, "G1 Conc#0", 7, 0),
				stat(16, "VM Thread", 3, 1), stat(17, "intake", 9000, 100), stat(18, "java", 500, 60),
				// A name with a space and parentheses of its own ends at the line's last ')'.
				stat(19, "a (C2 x) y", 800, 0)));

		assertThat(cpu.jitMillis()).isEqualTo((250 + 50 + 30 + 2 + 1) * 10L);
		assertThat(cpu.collectorMillis()).isEqualTo((40 + 5 + 7 + 3 + 1) * 10L);
	}

	@Test
	void whatWasSpentBetweenTwoReadings() {
		ThreadCpu before = ThreadCpu.of(List.of(stat(11, "C2 CompilerThre", 100, 0), stat(14, "GC Thread#0", 10, 0)));
		ThreadCpu after = ThreadCpu.of(List.of(stat(11, "C2 CompilerThre", 160, 4), stat(14, "GC Thread#0", 12, 1)));

		assertThat(after.since(before)).isEqualTo(new ThreadCpu(640, 30));
		assertThat(after.since(ThreadCpu.UNKNOWN)).isEqualTo(ThreadCpu.UNKNOWN);
	}

	@Test
	void thisJvmsCompilersHaveRun() {
		assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux only");

		// The test JVM compiled its test framework and Spring before this line: its compilers have run.
		assertThat(ThreadCpu.now().jitMillis()).isPositive();
	}
}
