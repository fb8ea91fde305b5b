package vn.tonghop.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The command line in a JVM of its own, as staff run it, so a test can kill it or run two at once. */
final class CliProcess {

	private final Process process;

	private final Path output;

	private CliProcess(Process process, Path output) {
		this.process = process;
		this.output = output;
	}

	static CliProcess start(Path dataDir, String... args) throws IOException {
		return start(dataDir, List.of(), args);
	}

	/** @param jvmOptions such as {@code -Dtonghop.fault-injection.pause-at=write:2} */
	static CliProcess start(Path dataDir, List<String> jvmOptions, String... args) throws IOException {
		return start(dataDir, jvmOptions, java.util.Map.of(), args);
	}

	/** @param environment variables set for the process on top of this one's ({@code PATH}, say) */
	static CliProcess start(Path dataDir, List<String> jvmOptions, java.util.Map<String, String> environment,
			String... args) throws IOException {
		// Its temporary files (the fonts the reports load, among others) beside its data directory, under target/:
		// a killed process cannot delete them, and they must not pile up in the machine's /tmp.
		Path temporary = Files.createDirectories(
				dataDir.toAbsolutePath().resolveSibling(dataDir.getFileName() + ".tmp"));
		// A test's process lives for seconds over a few hundred files: the C1 compiler alone and the serial collector
		// start it in about half the CPU time (the optimising compiler's threads took most of two cores), and CI runs
		// a few dozen of them. What the process does is the same code.
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.io.tmpdir=" + temporary));
		command.addAll(jvmOptions);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), "vn.tonghop.TonghopApplication",
				"--data-dir", dataDir.toString()));
		command.addAll(List.of(args));
		Path output = Files.createTempFile(temporary, "tonghop-cli", ".txt");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
		// As docs/operations.md starts the service and the cron job: a UTF-8 locale, whatever the test's own.
		builder.environment().put("LANG", "C.UTF-8");
		builder.environment().remove("LC_ALL");
		builder.environment().putAll(environment);
		Process process = builder.start();
		return new CliProcess(process, output);
	}

	/** Waits for the end (bounded) and returns the exit code. */
	int await() throws InterruptedException {
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("The command did not finish in 3 minutes");
		}
		return process.exitValue();
	}

	/** Waits (bounded) for the end; false if it still runs. */
	boolean endsWithin(long seconds) throws InterruptedException {
		return process.waitFor(seconds, TimeUnit.SECONDS);
	}

	boolean isAlive() {
		return process.isAlive();
	}

	/** SIGTERM, as {@code systemctl stop} sends: the JVM runs its shutdown (and the application's) before it exits. */
	void terminate() {
		process.destroy();
	}

	/** SIGKILL: the JVM gets no chance to clean up, as in a power cut. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	/** Waits (bounded) until the process has printed {@code text}; false if it ended or the time ran out first. */
	boolean awaitOutput(String text, long seconds) throws IOException, InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (System.nanoTime() < end) {
			if (output().contains(text)) {
				return true;
			}
			if (!process.isAlive()) {
				return output().contains(text);
			}
			Thread.sleep(20);
		}
		return false;
	}

	String output() throws IOException {
		return Files.readString(output, StandardCharsets.UTF_8);
	}
}
