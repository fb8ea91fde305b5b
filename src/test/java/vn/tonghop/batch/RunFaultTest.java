package vn.tonghop.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults of whole processes: a run killed with SIGKILL in the middle of taking files is finished by the next run
 * with exactly the totals of an uninterrupted run, nothing counted twice and nothing lost; and a second process
 * started while a run holds the installation is refused with a clear message.
 */
class RunFaultTest {

	private static final String INBOX = Path.of("sample-data/inbox").toAbsolutePath().toString();

	private static final String UNITS = Path.of("sample-data/org-units.csv").toAbsolutePath().toString();

	@TempDir
	Path work;

	@Test
	@Timeout(value = 5, unit = TimeUnit.MINUTES)
	void aRunKilledMidIntakeIsFinishedByTheNextRunWithIdenticalTotals() throws Exception {
		Path reference = work.resolve("reference");
		CliProcess uninterrupted = CliProcess.start(reference, "run", "--inbox", INBOX, "--units", UNITS);
		assertThat(uninterrupted.await()).as(uninterrupted.output()).isZero();

		Path crashed = work.resolve("crashed");
		CliProcess victim = CliProcess.start(crashed, "run", "--inbox", INBOX, "--units", UNITS);
		// Kill once some files are stored in the archive, i.e. in the middle of the intake step.
		while (victim.isAlive() && archivedFiles(crashed) < 30) {
			Thread.sleep(5);
		}
		assertThat(victim.isAlive()).as("the run must still be going when it is killed").isTrue();
		victim.kill();
		assertThat(Files.exists(crashed.resolve("out/latest/totals.csv"))).isFalse();

		CliProcess next = CliProcess.start(crashed, "run", "--inbox", INBOX);
		assertThat(next.await()).as(next.output()).isZero();
		assertThat(next.output()).contains("Lần tổng hợp số 1 bị gián đoạn trước đó đã được chạy tiếp: hoàn thành.")
			.contains("Lần tổng hợp số 2: hoàn thành.");

		assertThat(Files.readString(crashed.resolve("out/1/totals.csv")))
			.isEqualTo(Files.readString(reference.resolve("out/1/totals.csv")));
		assertThat(Files.readString(crashed.resolve("out/2/totals.csv")))
			.isEqualTo(Files.readString(reference.resolve("out/1/totals.csv")));
		try (Connection db = open(crashed); Statement sql = db.createStatement()) {
			// 155 files, each received once: 145 accepted (one submission each), 10 returned, none lost.
			assertThat(count(sql, "SELECT COUNT(*) FROM received_file")).isEqualTo(155);
			assertThat(count(sql, "SELECT COUNT(*) FROM submission")).isEqualTo(145);
			assertThat(count(sql, "SELECT COUNT(*) FROM submission WHERE is_current")).isEqualTo(145);
			assertThat(count(sql, "SELECT COUNT(*) FROM run_file WHERE run_id = 1 AND outcome IN "
					+ "('ACCEPTED', 'REJECTED', 'NOT_FORM')")).isEqualTo(155);
			assertThat(count(sql, "SELECT COUNT(*) FROM run_file WHERE run_id = 2 AND outcome = 'UNCHANGED'"))
				.isEqualTo(155);
		}
	}

	@Test
	@Timeout(value = 3, unit = TimeUnit.MINUTES)
	void aSecondProcessIsToldThatTheInstallationIsBusy() throws Exception {
		Path data = work.resolve("busy");
		CliProcess first = CliProcess.start(data, "run", "--inbox", INBOX, "--units", UNITS);
		while (first.isAlive() && archivedFiles(data) < 5) {
			Thread.sleep(5);
		}
		CliProcess second = CliProcess.start(data, "run", "--inbox", INBOX);
		int secondExit = second.await();
		assertThat(first.await()).as(first.output()).isZero();
		assertThat(secondExit).isEqualTo(3);
		assertThat(second.output().strip()).isEqualTo("Cơ sở dữ liệu trong thư mục dữ liệu đang được một tiến trình "
				+ "tonghop khác sử dụng (một lần tổng hợp hoặc máy chủ web đang chạy). Hãy chờ tiến trình đó kết thúc "
				+ "rồi chạy lại.");
	}

	private static long archivedFiles(Path dataDir) throws Exception {
		Path archive = dataDir.resolve("archive");
		if (!Files.isDirectory(archive)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(archive)) {
			return files.filter(p -> p.toString().endsWith(".xlsx")).count();
		}
	}

	private static Connection open(Path dataDir) throws Exception {
		return DriverManager.getConnection("jdbc:hsqldb:file:" + dataDir.resolve("db/tonghop") + ";shutdown=true", "SA",
				"");
	}

	private static long count(Statement sql, String query) throws Exception {
		try (ResultSet rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getLong(1);
		}
	}
}
