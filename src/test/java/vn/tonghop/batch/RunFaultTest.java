package vn.tonghop.batch;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import java.util.List;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tonghop.batch.InstallationDatabase.count;

/**
 * Faults of whole processes: a run killed with SIGKILL at any of its stages is finished by the next run with
 * exactly the totals of an uninterrupted run, nothing counted twice and nothing lost; an unusable output folder
 * fails a run cleanly; and a second process started while a run holds the installation is refused with a clear
 * message.
 */
class RunFaultTest {

	/** How the command names a run of the first round, after "Lần tổng hợp số N". */
	private static final String OF_FIRST_ROUND = " của đợt \"Sơ kết giữa nhiệm kỳ 2018–2020\" (bieu01-cdcs-2018-2020)";

	private static final String INBOX = vn.tonghop.sampledata.SampleInboxes.firstRound().toString();

	private static final String UNITS = Path.of("sample-data/org-units.csv").toAbsolutePath().toString();

	@TempDir
	Path work;

	/** The uninterrupted run every interrupted one must equal, made once for the class. */
	private static Path reference;

	@BeforeAll
	static void uninterruptedRun(@TempDir Path referenceDir) throws Exception {
		CliProcess uninterrupted = CliProcess.start(referenceDir, "run", "--inbox", INBOX, "--units", UNITS);
		assertThat(uninterrupted.await()).as(uninterrupted.output()).isZero();
		reference = referenceDir;
	}

	/**
	 * SIGKILL at a named point of the run (see FaultPoints): while a chunk's pack is written into the archive, before
	 * it is forced (the 2nd), while one is validated (the 60th), while a chunk is being stored (the 2nd, inside its transaction),
	 * while the roll-up writes its totals (inside its transaction), and after the 3rd unit's reports. The next run
	 * finishes the interrupted one, then runs itself: both give exactly the reference totals, every file is
	 * received once, nothing is counted twice.
	 */
	@ParameterizedTest(name = "killed at {0}")
	@ValueSource(strings = { "archive:2", "validate:60", "write:2", "rollup:1", "report:3" })
	@Timeout(value = 4, unit = TimeUnit.MINUTES)
	void aRunKilledAnywhereIsFinishedByTheNextRunWithIdenticalTotals(String point) throws Exception {
		Path crashed = work.resolve("crashed");
		CliProcess victim = CliProcess.start(crashed, List.of("-Dtonghop.fault-injection.pause-at=" + point), "run",
				"--inbox", INBOX, "--units", UNITS);
		assertThat(victim.awaitOutput("FAULT-POINT", 180)).as(victim.output()).isTrue();
		victim.kill();
		assertThat(Files.exists(crashed.resolve("out/latest/totals.csv"))).isFalse();

		CliProcess next = CliProcess.start(crashed, "run", "--inbox", INBOX);
		assertThat(next.await()).as(next.output()).isZero();
		assertThat(next.output())
			.contains("Lần tổng hợp số 1" + OF_FIRST_ROUND + " bị gián đoạn hoặc thất bại trước đó đã được chạy tiếp: "
					+ "hoàn thành.")
			.contains("Lần tổng hợp số 2" + OF_FIRST_ROUND + ": hoàn thành.");

		String expected = Files.readString(reference.resolve("out/" + vn.tonghop.rounds.TestRounds.FIRST + "/1/totals.csv"));
		assertThat(Files.readString(crashed.resolve("out/" + vn.tonghop.rounds.TestRounds.FIRST + "/1/totals.csv"))).isEqualTo(expected);
		assertThat(Files.readString(crashed.resolve("out/" + vn.tonghop.rounds.TestRounds.FIRST + "/2/totals.csv"))).isEqualTo(expected);
		assertThat(Files.readString(crashed.resolve("out/" + vn.tonghop.rounds.TestRounds.FIRST + "/1/findings.csv")))
			.isEqualTo(Files.readString(reference.resolve("out/" + vn.tonghop.rounds.TestRounds.FIRST + "/1/findings.csv")));
		try (Connection db = InstallationDatabase.openHsqldb(crashed); Statement sql = db.createStatement()) {
			// 155 files, each received once: 145 accepted (one submission each), 10 returned, none lost.
			assertThat(count(sql, "SELECT COUNT(*) FROM received_file")).isEqualTo(155);
			assertThat(count(sql, "SELECT COUNT(*) FROM submission")).isEqualTo(145);
			assertThat(count(sql, "SELECT COUNT(*) FROM submission WHERE is_current")).isEqualTo(145);
			assertThat(count(sql, "SELECT COUNT(*) FROM run_file WHERE run_id = 1 AND outcome IN "
					+ "('ACCEPTED', 'REJECTED', 'NOT_FORM')")).isEqualTo(155);
			// Run 2 found the inbox unchanged: 155 files counted by its listing, none stored as a row.
			assertThat(count(sql, "SELECT unchanged FROM run_listing_done WHERE run_id = 2")).isEqualTo(155);
			assertThat(count(sql, "SELECT COUNT(*) FROM run_file WHERE run_id = 2")).isZero();
			assertThat(InstallationDatabase.identicalOriginals(sql, crashed)).isEqualTo(155);
			// A chunk written to the archive but never committed leaves a pack no row points to: it is removed.
			assertThat(InstallationDatabase.unusedPacks(sql, crashed)).isEmpty();
		}
	}

	/**
	 * The output folder cannot be written (here: a file stands where the folder should be, which stops root too):
	 * the run fails with a sentence saying so, no outputs appear, and once the folder is usable the next run
	 * completes with the reference totals.
	 */
	@Test
	@Timeout(value = 4, unit = TimeUnit.MINUTES)
	void anUnwritableOutputFolderFailsTheRunCleanlyAndTheNextRunSucceeds() throws Exception {
		Path data = work.resolve("blocked");
		Files.createDirectories(data);
		Files.writeString(data.resolve("out"), "not a folder");
		CliProcess blocked = CliProcess.start(data, "run", "--inbox", INBOX, "--units", UNITS);
		assertThat(blocked.await()).as(blocked.output()).isEqualTo(1);
		assertThat(blocked.output()).contains("Lần tổng hợp số 1" + OF_FIRST_ROUND + ": thất bại.")
			.contains("Lý do: \"" + data.resolve("out").toAbsolutePath()
					+ "\" không phải là thư mục (có một tệp trùng tên ở đó). Các tệp đã nhận vẫn được giữ nguyên");
		assertThat(data.resolve("out")).isRegularFile();
		try (Connection db = InstallationDatabase.openHsqldb(data); Statement sql = db.createStatement();
				ResultSet rs = sql.executeQuery("SELECT status FROM run WHERE id = 1")) {
			rs.next();
			assertThat(rs.getString(1)).isEqualTo("FAILED");
		}

		Files.delete(data.resolve("out"));
		CliProcess next = CliProcess.start(data, "run", "--inbox", INBOX);
		assertThat(next.await()).as(next.output()).isZero();
		// The failed run owed its outputs: the next run finishes it first, then runs itself (every file unchanged).
		assertThat(next.output())
			.contains("Lần tổng hợp số 1" + OF_FIRST_ROUND + " bị gián đoạn hoặc thất bại trước đó đã được chạy tiếp: "
					+ "hoàn thành.").contains("Lần tổng hợp số 2" + OF_FIRST_ROUND + ": hoàn thành.");
		assertThat(Files.readString(data.resolve("out/" + vn.tonghop.rounds.TestRounds.FIRST + "/1/findings.csv")))
			.isEqualTo(Files.readString(reference.resolve("out/" + vn.tonghop.rounds.TestRounds.FIRST + "/1/findings.csv")));
		assertThat(Files.readString(data.resolve("out/" + vn.tonghop.rounds.TestRounds.FIRST + "/1/totals.csv")))
			.isEqualTo(Files.readString(reference.resolve("out/" + vn.tonghop.rounds.TestRounds.FIRST + "/1/totals.csv")));
		assertThat(Files.readString(data.resolve("out/latest/totals.csv")))
			.isEqualTo(Files.readString(reference.resolve("out/" + vn.tonghop.rounds.TestRounds.FIRST + "/1/totals.csv")));
		try (Stream<Path> out = Files.list(data.resolve("out"))) {
			assertThat(out.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
		}
	}

	/**
	 * A real full disk: the output folder is a 1 MB tmpfs (the outputs need about 5 MB). The run is marked failed
	 * with "the disk was full" in Vietnamese; once there is room again, the next run completes with the reference
	 * totals. Mounting needs root: where the test cannot mount, it is skipped (and says so).
	 */
	@Test
	@Timeout(value = 4, unit = TimeUnit.MINUTES)
	void aFullDiskFailsTheRunCleanlyAndTheNextRunSucceeds() throws Exception {
		Path data = work.resolve("full");
		Path out = Files.createDirectories(data.resolve("out"));
		Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", out.toString())
			.redirectErrorStream(true).start();
		org.junit.jupiter.api.Assumptions.assumeTrue(mount.waitFor() == 0,
				"cannot mount a small tmpfs here (needs root); the full-disk test is skipped");
		try {
			CliProcess full = CliProcess.start(data, "run", "--inbox", INBOX, "--units", UNITS);
			assertThat(full.await()).as(full.output()).isEqualTo(1);
			assertThat(full.output()).contains("Lần tổng hợp số 1" + OF_FIRST_ROUND + ": thất bại.")
				.contains("Lý do: ổ đĩa đã đầy khi ghi");
		}
		finally {
			new ProcessBuilder("umount", out.toString()).start().waitFor();
		}
		CliProcess next = CliProcess.start(data, "run", "--inbox", INBOX);
		assertThat(next.await()).as(next.output()).isZero();
		assertThat(Files.readString(data.resolve("out/latest/totals.csv")))
			.isEqualTo(Files.readString(reference.resolve("out/" + vn.tonghop.rounds.TestRounds.FIRST + "/1/totals.csv")));
	}

	/**
	 * {@code backup --to} copies the database (HSQLDB's online backup) and the archive; the copy, used as a data
	 * directory, is a working installation: the same inbox is all "unchanged" there and gives the same totals.
	 */
	@Test
	@Timeout(value = 3, unit = TimeUnit.MINUTES)
	void aBackupRestoresToAWorkingInstallationWithTheSameTotals() throws Exception {
		Path copy = work.resolve("sao-luu");
		CliProcess backup = CliProcess.start(reference, "backup", "--to", copy.toString());
		assertThat(backup.await()).as(backup.output()).isZero();
		assertThat(backup.output()).contains("Đã sao lưu vào " + copy.toAbsolutePath()).contains("155 tệp đã nhận");
		CliProcess again = CliProcess.start(reference, "backup", "--to", copy.toString());
		assertThat(again.await()).isEqualTo(2);
		assertThat(again.output()).contains("đã có một bản sao lưu");

		CliProcess restored = CliProcess.start(copy, "run", "--inbox", INBOX);
		assertThat(restored.await()).as(restored.output()).isZero();
		assertThat(restored.output()).contains("tệp mới: 0").contains("không đổi, bỏ qua: 155");
		assertThat(Files.readString(copy.resolve("out/latest/totals.csv")))
			.isEqualTo(Files.readString(reference.resolve("out/" + vn.tonghop.rounds.TestRounds.FIRST + "/1/totals.csv")));
		try (Connection db = InstallationDatabase.openHsqldb(copy); Statement sql = db.createStatement()) {
			assertThat(InstallationDatabase.identicalOriginals(sql, copy)).isEqualTo(155);
		}
	}

	/** The web server holds the installation: a run from the command line meanwhile is told so, and does nothing. */
	@Test
	@Timeout(value = 3, unit = TimeUnit.MINUTES)
	void aCommandLineRunWhileTheServerRunsIsTold() throws Exception {
		Path data = work.resolve("server");
		CliProcess server = CliProcess.start(data, List.of("-Dtonghop.schedule.cron=-",
				"-Dtonghop.accounts.admin-password=Mat-khau-1"), "serve", "--port", "0");
		try {
			assertThat(server.awaitOutput("Ứng dụng web đang chạy tại http://localhost:", 120)).as(server.output())
				.isTrue();
			CliProcess run = CliProcess.start(data, "run", "--inbox", INBOX, "--units", UNITS);
			assertThat(run.await()).isEqualTo(3);
			assertThat(run.output()).contains("(một lần tổng hợp hoặc máy chủ web đang chạy)");
		}
		finally {
			server.kill();
		}
	}

	/** A server whose command line is refused stops and says why; it used to go on serving on the default port. */
	@Test
	@Timeout(value = 3, unit = TimeUnit.MINUTES)
	void aServeWithAnOptionItDoesNotKnowStopsAndSaysWhy() throws Exception {
		CliProcess server = CliProcess.start(work.resolve("serve-refused"), List.of("-Dtonghop.schedule.cron=-",
				"-Dserver.port=0"), "serve", "--server.port=8097");
		try {
			assertThat(server.endsWithin(120)).as(server.output()).isTrue();
			assertThat(server.await()).isEqualTo(2);
			assertThat(server.output()).contains("Lệnh không có tùy chọn --server.port=8097")
				.doesNotContain("Ứng dụng web đang chạy");
		}
		finally {
			server.kill();
		}
	}

	@Test
	@Timeout(value = 3, unit = TimeUnit.MINUTES)
	void aSecondProcessIsToldThatTheInstallationIsBusy() throws Exception {
		Path data = work.resolve("busy");
		CliProcess first = CliProcess.start(data, "run", "--inbox", INBOX, "--units", UNITS);
		while (first.isAlive() && archivedPacks(data) < 1) {
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

	private static long archivedPacks(Path dataDir) throws Exception {
		Path archive = dataDir.resolve("archive");
		if (!Files.isDirectory(archive)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(archive)) {
			return files.filter(p -> p.toString().endsWith(".pack")).count();
		}
	}
}
