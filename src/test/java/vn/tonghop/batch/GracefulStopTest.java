package vn.tonghop.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

import vn.tonghop.rounds.TestRounds;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tonghop.batch.InstallationDatabase.count;
import static vn.tonghop.batch.InstallationDatabase.text;

/**
 * {@code systemctl stop} during a run: a real SIGTERM to {@code serve} while the run stores its second chunk. The run
 * stops at the chunk boundary and ends STOPPED (no step fails against a closed database, nothing in the log says
 * so), the process exits, and the restarted server finishes that run at once by itself, with exactly the totals of
 * an uninterrupted run.
 */
class GracefulStopTest {

	private static final String UNITS = Path.of("sample-data/org-units.csv").toAbsolutePath().toString();

	private static final String OPTIONS_PASSWORD = "-Dtonghop.accounts.admin-password=Mat-khau-1";

	@TempDir
	Path work;

	@Test
	@Timeout(value = 6, unit = TimeUnit.MINUTES)
	void aSigtermMidRunStopsItCleanlyAndTheRestartedServerFinishesIt() throws Exception {
		Path inbox = vn.tonghop.sampledata.SampleInboxes.firstRound();
		CliProcess reference = CliProcess.start(work.resolve("reference"), "run", "--inbox", inbox.toString(),
				"--units", UNITS);
		Path data = work.resolve("data");
		FileSystemUtils.copyRecursively(inbox, data.resolve("inbox"));
		CliProcess units = CliProcess.start(data, "units", "import", UNITS);
		assertThat(units.await()).as(units.output()).isZero();

		// The schedule fires at once; the run pauses two seconds inside its second chunk, where the stop comes.
		CliProcess server = CliProcess.start(data, List.of("-Dtonghop.schedule.cron=* * * * * *",
				"-Dtonghop.fault-injection.pause-at=write:2", "-Dtonghop.fault-injection.pause-for=2s",
				OPTIONS_PASSWORD), "serve", "--port", "0");
		assertThat(server.awaitOutput("FAULT-POINT", 150)).as(server.output()).isTrue();
		server.terminate();
		server.await();
		String log = Files.readString(data.resolve("logs/tonghop.log"));
		assertThat(log).contains("Stopping: run 1 stops at its next chunk boundary")
			.doesNotContain("marked as broken").doesNotContain(" ERROR ");
		try (Connection db = InstallationDatabase.openHsqldb(data); Statement sql = db.createStatement()) {
			assertThat(text(sql, "SELECT status FROM run WHERE id = 1")).isEqualTo("STOPPED");
			assertThat(text(sql, "SELECT status FROM batch_job_execution")).isEqualTo("STOPPED");
			// Two chunks were committed (the second after the stop was asked for), the rest waits.
			assertThat(count(sql, "SELECT COUNT(*) FROM received_file")).isBetween(1L, 154L);
		}

		CliProcess restarted = CliProcess.start(data, List.of("-Dtonghop.schedule.cron=-", OPTIONS_PASSWORD), "serve",
				"--port", "0");
		Path latest = data.resolve("out/" + TestRounds.FIRST + "/latest");
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
		while (!(Files.isSymbolicLink(latest) && Files.readSymbolicLink(latest).equals(Path.of("2")))
				&& System.nanoTime() < end && restarted.isAlive()) {
			Thread.sleep(200);
		}
		Thread.sleep(1000); // the run's last bookkeeping (audit, pruning) after its outputs
		restarted.terminate();
		restarted.await();
		assertThat(reference.await()).as(reference.output()).isZero();
		String expected = Files.readString(work.resolve("reference/out/" + TestRounds.FIRST + "/1/totals.csv"));
		assertThat(Files.readString(data.resolve("out/" + TestRounds.FIRST + "/1/totals.csv"))).isEqualTo(expected);
		assertThat(Files.readString(data.resolve("out/latest/totals.csv"))).isEqualTo(expected);
		try (Connection db = InstallationDatabase.openHsqldb(data); Statement sql = db.createStatement()) {
			assertThat(text(sql, "SELECT status FROM run WHERE id = 1")).isEqualTo("COMPLETED");
			assertThat(count(sql, "SELECT COUNT(*) FROM received_file")).isEqualTo(155);
			assertThat(count(sql, "SELECT COUNT(*) FROM submission WHERE is_current")).isEqualTo(145);
			// The restarted server's own run (run 2, after it finished run 1), in the audit log under its name.
			assertThat(count(sql, "SELECT COUNT(*) FROM audit_event WHERE actor = 'restart' AND kind = 'RUN'"))
				.isEqualTo(1);
		}
	}
}
