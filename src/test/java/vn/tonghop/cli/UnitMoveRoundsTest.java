package vn.tonghop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.tonghop.intake.ReceivedFiles;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.orgunit.Scope;

/**
 * A CĐCS moves from one district to the other from 2021: the 2018–2020 round keeps counting it under the old district,
 * the 2021 round counts it under the new one, and the old district's staff no longer see or send its 2021 files.
 */
@SpringBootTest(properties = "tonghop.cli.enabled=false")
class UnitMoveRoundsTest {

	private static final Path WORK = TempInstallation.create("moves");

	@DynamicPropertySource
	static void ownInstallation(DynamicPropertyRegistry properties) {
		TempInstallation.register(properties, WORK);
	}

	@Autowired
	CommandLineRunnerAdapter adapter;

	@Autowired
	OrgRegistry registry;

	@Autowired
	ReceivedFiles files;

	@Test
	void aMovedUnitCountsUnderItsOldParentBeforeTheMoveAndUnderItsNewOneAfter() throws Exception {
		CliDriver cli = new CliDriver(adapter);
		Path inbox = WORK.resolve("inbox");
		Path units = WORK.resolve("units.csv");
		Files.copy(getClass().getResourceAsStream("/registry/small.csv"), units);
		assertThat(cli.run("units", "import", units.toString())).isZero();

		// 2018–2020: A and B (founded 2019) send through H1, E through H2.
		Path t1 = WORK.resolve("t1");
		assertThat(cli.run("template", "--unit", "P", "--out", t1.toString())).isZero();
		RoundsFixture.fillYears(t1, inbox, Map.of("H1-A", "H1", "H2-E", "H2"), Map.of(
				"H1-A", Map.of("LD01", 30, "TC06", 25, "XL", "HTT"),
				"H2-E", Map.of("LD01", 1100, "TC06", 900, "XL", "HTXS", "DD02", true)), List.of(2018, 2019, 2020));
		RoundsFixture.fillYears(t1, inbox, Map.of("H1-B", "H1"),
				Map.of("H1-B", Map.of("LD01", 100, "TC06", 80, "XL", "HTT", "DD02", true)), List.of(2019, 2020));
		assertThat(cli.run("run", "--inbox", inbox.toString())).as(cli.out()).isZero();
		Path firstTotals = WORK.resolve("data/out/latest/totals.csv");
		String before = Files.readString(firstTotals);
		// H1 in 2020 = A 30 + B 100; in 2018 A alone (B was founded in 2019).
		assertThat(before).contains("H1,LD01,2020,130\n", "H1,LD01,2018,30\n", "H2,LD01,2020,1100\n",
				"P,LD01,2020,1230\n");

		// From 2021 B belongs to H2.
		Path moves = Files.writeString(WORK.resolve("moves.csv"), "code,parent_code,moved_on\nH1-B,H2,2021-01-01\n");
		assertThat(cli.run("units", "moves", moves.toString())).as(cli.err()).isZero();
		assertThat(cli.out()).contains("Đã nhập việc chuyển cấp trên: 1 dòng mới, 0 dòng cập nhật, 0 dòng không đổi.");
		assertThat(registry.treeAt(LocalDate.of(2020, 12, 31)).unit("H1-B").orElseThrow().parentCode()).isEqualTo("H1");
		assertThat(registry.treeAt(LocalDate.of(2021, 12, 31)).unit("H1-B").orElseThrow().parentCode()).isEqualTo("H2");

		// The 2018–2020 round, consolidated again after the move, is what it was.
		assertThat(cli.run("run", "--inbox", inbox.toString(), "--round", "bieu01-cdcs-2018-2020")).isZero();
		assertThat(Files.readString(firstTotals)).isEqualTo(before);

		Path form = Files.writeString(WORK.resolve("nam.yaml"), RoundsFixture.ANNUAL);
		assertThat(cli.run("forms", "import", form.toString())).isZero();
		assertThat(cli.run("rounds", "create", "--form", "NAM-TEST:2021.1", "--title", "Báo cáo năm 2021")).isZero();
		assertThat(cli.out()).contains("Đã tạo và mở đợt nam-test-2021:");
		// H2's templates now include B; H1's do not.
		assertThat(cli.run("template", "--round", "nam-test-2021", "--unit", "H2", "--out", WORK.resolve("h2").toString()))
			.isZero();
		assertThat(names(WORK.resolve("h2"))).containsExactly("NAM-TEST_H1-B.xlsx", "NAM-TEST_H2-E.xlsx");
		assertThat(cli.run("template", "--round", "nam-test-2021", "--unit", "H1", "--out", WORK.resolve("h1").toString()))
			.isZero();
		assertThat(names(WORK.resolve("h1"))).containsExactly("NAM-TEST_H1-A.xlsx");

		Path t2 = WORK.resolve("t2");
		assertThat(cli.run("template", "--round", "nam-test-2021", "--unit", "P", "--out", t2.toString())).isZero();
		RoundsFixture.fillYears(t2, inbox, Map.of("H1-A", "H1", "H1-B", "H2", "H2-E", "H2"), Map.of(
				"H1-A", Map.of("LD01", 40, "LD01N", 25, "TC06", 30, "TC06N", 20, "TC07", 5),
				"H1-B", Map.of("LD01", 120, "LD01N", 60, "TC06", 90, "TC06N", 40, "TC07", 12),
				"H2-E", Map.of("LD01", 1000, "LD01N", 700, "TC06", 800, "TC06N", 560, "TC07", 100)), List.of(2021));
		// H1 tries to send B's 2021 form through its own folder: B is no longer its unit.
		RoundsFixture.fillYears(t2, inbox.resolve("H1/cu"), Map.of("H1-B", "."),
				Map.of("H1-B", Map.of("LD01", 121, "LD01N", 60, "TC06", 90, "TC06N", 40, "TC07", 12)), List.of(2021));
		assertThat(cli.run("run", "--inbox", inbox.toString(), "--round", "nam-test-2021")).as(cli.out()).isZero();

		Map<String, BigDecimal> totals = RoundsFixture.totals(WORK.resolve("data/out/nam-test-2021/latest/totals.csv"));
		// H1 = A alone: 20 women of 30 members = 66,67 %. H2 = B + E: 90 + 800 members, 40 + 560 women = 67,42 %.
		assertThat(totals.get("H1|TC06|2021")).isEqualByComparingTo("30");
		assertThat(totals.get("H1|TC01|2021")).isEqualByComparingTo("1");
		assertThat(totals.get("H1|TYN|2021")).isEqualByComparingTo("66.67");
		assertThat(totals.get("H2|LD01|2021")).isEqualByComparingTo("1120");
		assertThat(totals.get("H2|TC06|2021")).isEqualByComparingTo("890");
		assertThat(totals.get("H2|TC06N|2021")).isEqualByComparingTo("600");
		assertThat(totals.get("H2|TC07|2021")).isEqualByComparingTo("112");
		assertThat(totals.get("H2|TC01|2021")).isEqualByComparingTo("2");
		assertThat(totals.get("H2|TYN|2021")).isEqualByComparingTo("67.42");
		assertThat(totals.get("P|TC06|2021")).isEqualByComparingTo("920");
		assertThat(Files.readString(WORK.resolve("data/out/nam-test-2021/latest/findings.csv")))
			.contains("H1/cu/NAM-TEST_H1-B.xlsx,H1-B,REJECTED,Lỗi,E2,Biểu năm 2021,,,,\"Tệp nằm trong thư mục của Liên đoàn "
					+ "Lao động huyện Một (H1) nhưng là biểu của Công đoàn cơ sở Công ty TNHH B (H1-B), không thuộc phạm vi");

		// H1's staff: B's 2018–2020 files in that round, none of B's 2021 files in the 2021 round.
		Scope h1In2020 = Scope.of("H1", registry.treeAt(LocalDate.of(2020, 12, 31)));
		Scope h1In2021 = Scope.of("H1", registry.treeAt(LocalDate.of(2021, 12, 31)));
		assertThat(paths(h1In2020, "bieu01-cdcs-2018-2020")).contains("H1/BIEU01-CDCS_H1-B.xlsx");
		assertThat(paths(h1In2021, "nam-test-2021")).contains("H1/NAM-TEST_H1-A.xlsx")
			.doesNotContain("H2/NAM-TEST_H1-B.xlsx");
		assertThat(paths(Scope.of("H2", registry.treeAt(LocalDate.of(2021, 12, 31))), "nam-test-2021"))
			.contains("H2/NAM-TEST_H1-B.xlsx", "H2/NAM-TEST_H2-E.xlsx");
	}

	private List<String> paths(Scope scope, String round) {
		return files.list(scope, round, "nobody", null, null, ReceivedFiles.Sort.NEWEST, 0)
			.stream()
			.map(ReceivedFiles.FileRow::path)
			.toList();
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> list = Files.list(folder)) {
			return list.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
