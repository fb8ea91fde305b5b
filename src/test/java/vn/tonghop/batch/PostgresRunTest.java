package vn.tonghop.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.tonghop.OnPostgres;
import vn.tonghop.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tonghop.batch.InstallationDatabase.count;

/**
 * The README's sample run on a PostgreSQL server, as staff would start it (the connection settings alone choose the
 * database): its outputs equal the embedded database's byte for byte; a run killed mid-way is finished by the next
 * one with the same totals; {@code backup} dumps with pg_dump and the dump restores to a working installation.
 */
@OnPostgres
class PostgresRunTest {

	private static final String FIRST = vn.tonghop.rounds.TestRounds.FIRST;

	private static final String SECOND = "bieu02-nam-2021";

	/** The README's first command, after {@code run}. */
	private static final String[] SAMPLE_RUN = { "run", "--inbox", sample("inbox"), "--units", sample("org-units.csv"),
			"--targets", sample("targets.csv"), "--report-settings", sample("report-settings.csv"), "--forms",
			sample("forms"), "--rounds", sample("rounds.csv") };

	private static Path onHsqldb;

	private static Path onPostgres;

	private static String postgresUrl;

	@TempDir
	Path work;

	@BeforeAll
	static void theSampleOnBothDatabases(@TempDir Path hsqldbData, @TempDir Path postgresData) throws Exception {
		postgresUrl = PostgresTestDatabase.create("sample");
		CliProcess embedded = CliProcess.start(hsqldbData, SAMPLE_RUN);
		CliProcess server = CliProcess.start(postgresData, PostgresTestDatabase.jvmOptions(postgresUrl), SAMPLE_RUN);
		assertThat(embedded.await()).as(embedded.output()).isZero();
		assertThat(server.await()).as(server.output()).isZero();
		onHsqldb = hsqldbData;
		onPostgres = postgresData;
	}

	@Test
	void theSampleGivesTheSameOutputsByteForByteOnBothDatabases() throws Exception {
		for (String run : List.of(FIRST + "/1", SECOND + "/2")) {
			for (String file : List.of("totals.csv", "findings.csv")) {
				byte[] expected = Files.readAllBytes(onHsqldb.resolve("out/" + run + "/" + file));
				assertThat(Files.readAllBytes(onPostgres.resolve("out/" + run + "/" + file))).as(run + "/" + file)
					.isEqualTo(expected);
			}
		}
		// Not two empty files: 160 units' figures in round 1, 145 accepted files and 10 returned ones.
		assertThat(Files.readAllLines(onPostgres.resolve("out/" + FIRST + "/1/totals.csv"))).hasSizeGreaterThan(1000);
		try (Connection db = open(postgresUrl); Statement sql = db.createStatement()) {
			assertThat(count(sql, "SELECT COUNT(*) FROM received_file")).isEqualTo(165);
			assertThat(count(sql, "SELECT COUNT(*) FROM submission WHERE is_current")).isEqualTo(155);
			assertThat(count(sql, "SELECT COUNT(*) FROM run WHERE status = 'COMPLETED'")).isEqualTo(2);
		}
	}

	/**
	 * As RunFaultTest on the embedded database, at the point where the two databases' transactions matter most:
	 * inside a chunk's transaction (RunFaultTest kills at four more points on HSQLDB; one here keeps CI's time).
	 */
	@ParameterizedTest(name = "killed at {0}")
	@ValueSource(strings = { "write:2" })
	@Timeout(value = 4, unit = TimeUnit.MINUTES)
	void aRunKilledMidWayIsFinishedByTheNextWithTheSameTotals(String point) throws Exception {
		String url = PostgresTestDatabase.create("killed_" + point.replace(':', '_'));
		List<String> options = new ArrayList<>(PostgresTestDatabase.jvmOptions(url));
		Path crashed = work.resolve("crashed");
		options.add("-Dtonghop.fault-injection.pause-at=" + point);
		CliProcess victim = CliProcess.start(crashed, options, SAMPLE_RUN);
		assertThat(victim.awaitOutput("FAULT-POINT", 180)).as(victim.output()).isTrue();
		victim.kill();

		CliProcess next = CliProcess.start(crashed, PostgresTestDatabase.jvmOptions(url), "run", "--inbox",
				sample("inbox"));
		assertThat(next.await()).as(next.output()).isZero();
		assertThat(next.output()).contains("Lần tổng hợp số 1 của đợt \"Sơ kết giữa nhiệm kỳ 2018–2020\" "
				+ "(bieu01-cdcs-2018-2020) bị gián đoạn hoặc thất bại trước đó đã được chạy tiếp: hoàn thành.");
		String round1 = Files.readString(onHsqldb.resolve("out/" + FIRST + "/1/totals.csv"));
		assertThat(Files.readString(crashed.resolve("out/" + FIRST + "/1/totals.csv"))).isEqualTo(round1);
		assertThat(Files.readString(crashed.resolve("out/" + FIRST + "/2/totals.csv"))).isEqualTo(round1);
		assertThat(Files.readString(crashed.resolve("out/" + SECOND + "/3/totals.csv")))
			.isEqualTo(Files.readString(onHsqldb.resolve("out/" + SECOND + "/2/totals.csv")));
		try (Connection db = open(url); Statement sql = db.createStatement()) {
			// Each of the 165 files received once; 155 accepted, each counted once.
			assertThat(count(sql, "SELECT COUNT(*) FROM received_file")).isEqualTo(165);
			assertThat(count(sql, "SELECT COUNT(*) FROM submission")).isEqualTo(155);
			assertThat(count(sql, "SELECT COUNT(*) FROM submission WHERE is_current")).isEqualTo(155);
		}
	}

	@Test
	@Timeout(value = 4, unit = TimeUnit.MINUTES)
	void aBackupIsAPgDumpThatRestoresToAWorkingInstallation() throws Exception {
		List<String> connection = PostgresTestDatabase.jvmOptions(postgresUrl);
		CliProcess withoutPgDump = CliProcess.start(onPostgres, connection, Map.of("PATH", ""), "backup", "--to",
				work.resolve("none").toString());
		assertThat(withoutPgDump.await()).isEqualTo(2);
		assertThat(withoutPgDump.output()).contains("máy này không có chương trình pg_dump")
			.contains("nên chưa sao lưu gì");
		assertThat(work.resolve("none/db")).doesNotExist();

		Path copy = work.resolve("sao-luu");
		CliProcess backup = CliProcess.start(onPostgres, connection, "backup", "--to", copy.toString());
		assertThat(backup.await()).as(backup.output()).isZero();
		Path dump = copy.resolve("db/tonghop.dump");
		assertThat(backup.output()).contains("Đã sao lưu vào " + copy.toAbsolutePath())
			.contains("165 tệp đã nhận").contains("pg_restore --no-owner -d <tên cơ sở dữ liệu> " + dump);

		String restoredUrl = PostgresTestDatabase.create("restored");
		Process restore = new ProcessBuilder("pg_restore", "--no-owner", "--dbname="
				+ restoredUrl.replace("jdbc:", "").replace("//", "//" + PostgresTestDatabase.user() + ":"
						+ PostgresTestDatabase.password() + "@"), dump.toString())
			.redirectErrorStream(true).start();
		String restoreOutput = new String(restore.getInputStream().readAllBytes());
		assertThat(restore.waitFor()).as(restoreOutput).isZero();

		CliProcess restored = CliProcess.start(copy, PostgresTestDatabase.jvmOptions(restoredUrl), "run", "--inbox",
				sample("inbox"));
		assertThat(restored.await()).as(restored.output()).isZero();
		assertThat(restored.output()).contains("tệp mới: 0").contains("không đổi, bỏ qua: 165");
		assertThat(Files.readString(copy.resolve("out/" + FIRST + "/3/totals.csv")))
			.isEqualTo(Files.readString(onHsqldb.resolve("out/" + FIRST + "/1/totals.csv")));
		try (Connection db = open(restoredUrl); Statement sql = db.createStatement()) {
			assertThat(InstallationDatabase.identicalOriginals(sql, copy)).isEqualTo(165);
		}
	}

	/**
	 * Another installation (another data directory, here) pointed at a database a process holds is refused at start,
	 * as the embedded database refuses a second process: the lock is PostgreSQL's own advisory lock, here held by
	 * the test as a running process would hold it.
	 */
	@Test
	void aSecondInstallationOnTheSameDatabaseIsRefused() throws Exception {
		try (Connection holder = open(postgresUrl); Statement sql = holder.createStatement()) {
			sql.execute("SELECT pg_advisory_lock(" + 0x746f6e67686f70L + ")");
			CliProcess second = CliProcess.start(work.resolve("other"), PostgresTestDatabase.jvmOptions(postgresUrl),
					"forms", "list");
			assertThat(second.await()).as(second.output()).isEqualTo(3);
			assertThat(second.output()).contains("Cơ sở dữ liệu PostgreSQL này đang được một tiến trình tonghop khác "
					+ "sử dụng");
		}
		CliProcess free = CliProcess.start(work.resolve("other"), PostgresTestDatabase.jvmOptions(postgresUrl),
				"forms", "list");
		assertThat(free.await()).as(free.output()).isZero();
	}

	private static String sample(String name) {
		return Path.of("sample-data", name).toAbsolutePath().toString();
	}

	private static Connection open(String url) throws Exception {
		return DriverManager.getConnection(url, PostgresTestDatabase.user(), PostgresTestDatabase.password());
	}
}
