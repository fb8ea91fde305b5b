package vn.tonghop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Twenty nightly runs with a retention of three: only the last three runs' folders stay (and the round's latest,
 * which out/latest still opens), the archive keeps every received file, and {@code prune} finds nothing more to do.
 */
@SpringBootTest(properties = { "tonghop.cli.enabled=false", "tonghop.retention.runs=3" })
class RetentionTest {

	private static final Path WORK = TempInstallation.create("retention");

	@DynamicPropertySource
	static void ownInstallation(DynamicPropertyRegistry properties) {
		TempInstallation.register(properties, WORK);
	}

	@Autowired
	CommandLineRunnerAdapter adapter;

	@Test
	void onlyTheLastRunsOutputsStay() throws Exception {
		CliDriver cli = new CliDriver(adapter);
		Path units = Files.writeString(WORK.resolve("units.csv"), """
				code,name,type,parent_code,sector,valid_from,valid_to
				P,Liên đoàn Lao động tỉnh Thử Nghiệm,TINH,,,2010-01-01,
				H1,Liên đoàn Lao động huyện Một,HUYEN,P,,2010-01-01,
				H1-A,Công đoàn cơ sở Trường Tiểu học A,CDCS,H1,HCSN,2012-05-01,
				""");
		assertThat(cli.run("units", "import", units.toString())).as(cli.err()).isZero();
		Path t = WORK.resolve("t");
		assertThat(cli.run("template", "--unit", "P", "--out", t.toString())).isZero();
		Path inbox = WORK.resolve("inbox");
		RoundsFixture.fillYears(t, inbox, Map.of("H1-A", "H1"), Map.of("H1-A", Map.of("LD01", 30, "TC06", 25, "XL",
				"HTT")), List.of(2018, 2019, 2020));
		for (int night = 1; night <= 20; night++) {
			assertThat(cli.run("run", "--inbox", inbox.toString())).as(cli.out() + cli.err()).isZero();
		}
		Path round = WORK.resolve("data/out/bieu01-cdcs-2018-2020");
		assertThat(runFolders(round)).containsExactly("18", "19", "20");
		// Nothing else on disk: the round's latest is a relative link to run 20's folder (no second copy), and
		// out/latest one to it; both open as folders.
		try (Stream<Path> children = Files.list(round)) {
			assertThat(children.map(p -> p.getFileName().toString()).sorted()).containsExactly("18", "19", "20",
					"latest");
		}
		assertThat(Files.readSymbolicLink(round.resolve("latest"))).isEqualTo(Path.of("20"));
		assertThat(Files.readSymbolicLink(WORK.resolve("data/out/latest")))
			.isEqualTo(Path.of("bieu01-cdcs-2018-2020", "latest"));
		assertThat(round.resolve("latest/totals.csv")).isRegularFile();
		assertThat(WORK.resolve("data/out/latest")).isDirectory();
		assertThat(Files.readString(WORK.resolve("data/out/latest/totals.csv"))).contains("H1,LD01,2020,30");
		try (Stream<Path> archived = Files.walk(WORK.resolve("data/archive"))) {
			assertThat(archived.filter(Files::isRegularFile).count()).isEqualTo(1);
		}
		assertThat(cli.run("prune")).isZero();
		assertThat(cli.out()).contains("(bieu01-cdcs-2018-2020): đã xóa 0 thư mục kết quả cũ (0,0 MB), còn giữ 3 lần gần "
				+ "nhất.");
	}

	private static List<String> runFolders(Path round) throws Exception {
		try (Stream<Path> children = Files.list(round)) {
			return children.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d+"))
				.sorted(java.util.Comparator.comparingInt(Integer::parseInt)).toList();
		}
	}
}
