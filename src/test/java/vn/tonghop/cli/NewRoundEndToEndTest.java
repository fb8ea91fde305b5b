package vn.tonghop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
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
 * A second form and round in an installation that already reports the first: the form is imported from a file, a
 * round is created, its templates written and filled with figures chosen here, and its run's totals are checked
 * against sums worked out by hand. The first round's outputs do not change by a byte.
 */
@SpringBootTest(properties = "tonghop.cli.enabled=false")
class NewRoundEndToEndTest {

	private static final Path WORK = TempInstallation.create("rounds");

	@DynamicPropertySource
	static void ownInstallation(DynamicPropertyRegistry properties) {
		TempInstallation.register(properties, WORK);
	}

	@Autowired
	CommandLineRunnerAdapter adapter;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private static final Map<String, String> FOLDER = Map.of("H1-A", "H1", "H1-B", "H1", "H2-E", "H2");

	@Test
	void aNewFormsRoundIsCountedAsWorkedOutByHandAndTheFirstRoundStaysAsItWas() throws Exception {
		CliDriver cli = new CliDriver(adapter);
		Path inbox = WORK.resolve("inbox");
		Path registry = WORK.resolve("units.csv");
		Files.copy(getClass().getResourceAsStream("/registry/small.csv"), registry);
		assertThat(cli.run("units", "import", registry.toString())).isZero();

		// The first round as every installation has it: A's and E's 2018–2020 forms.
		assertThat(cli.run("template", "--unit", "P", "--out", WORK.resolve("t1").toString())).isZero();
		RoundsFixture.fillYears(WORK.resolve("t1"), inbox, FOLDER, Map.of("H1-A", Map.of("LD01", 30, "TC06", 25, "XL", "HTT"),
				"H2-E", Map.of("LD01", 1100, "TC06", 900, "XL", "HTXS", "DD02", true)), java.util.List.of(2018, 2019, 2020));
		assertThat(cli.run("run", "--inbox", inbox.toString())).as(cli.out() + cli.err()).isZero();
		Path latest = WORK.resolve("data/out/latest");
		Map<String, byte[]> firstRound = RoundsFixture.snapshot(latest.toRealPath());
		String firstTotals = Files.readString(latest.resolve("totals.csv"));
		assertThat(firstTotals).contains("H1,LD01,2020,30\n", "P,LD01,2020,1130\n");

		// The annual form, from a file as staff would write it, and its round.
		Path form = Files.writeString(WORK.resolve("bao-cao-nam.yaml"), RoundsFixture.ANNUAL);
		assertThat(cli.run("forms", "import", form.toString())).as(cli.err()).isZero();
		// A title longer than a round keeps is refused with its length, not with the database's message.
		assertThat(cli.run("rounds", "create", "--form", "NAM-TEST", "--title", "Báo cáo năm 2021 ".repeat(40), "--id",
				"nam-dai")).isEqualTo(1);
		assertThat(cli.err()).contains("Tên đợt dài 679 ký tự, quá giới hạn 500 ký tự. Hãy rút gọn.");
		assertThat(cli.run("rounds", "create", "--form", "NAM-TEST", "--title", "Báo cáo năm 2021", "--id", "nam-2021"))
			.as(cli.err())
			.isZero();
		assertThat(cli.out()).contains("Đã tạo và mở đợt nam-2021: Báo cáo năm 2021 (mẫu biểu NAM-TEST phiên bản "
				+ "2021.1, cây tổ chức chốt ngày 31/12/2021).");
		assertThat(cli.run("template", "--unit", "P", "--out", WORK.resolve("t0").toString())).isEqualTo(2);
		assertThat(cli.err()).contains("Đang có nhiều đợt báo cáo mở; hãy chọn một đợt bằng --round (một trong: "
				+ "bieu01-cdcs-2018-2020, nam-2021).");

		// The CĐCS standing at the end of 2021: A and B (founded 2019) under H1, E under H2; C and D had ended.
		Path t2 = WORK.resolve("t2");
		assertThat(cli.run("template", "--round", "nam-2021", "--unit", "P", "--out", t2.toString())).isZero();
		try (Stream<Path> written = Files.list(t2)) {
			assertThat(written.map(p -> p.getFileName().toString()).sorted())
				.containsExactly("NAM-TEST_H1-A.xlsx", "NAM-TEST_H1-B.xlsx", "NAM-TEST_H2-E.xlsx");
		}
		RoundsFixture.fillYears(t2, inbox, FOLDER, Map.of(
				"H1-A", Map.<String, Object>of("LD01", 40, "LD01N", 25, "TC06", 30, "TC06N", 20, "TC07", 5),
				"H1-B", Map.<String, Object>of("LD01", 120, "LD01N", 60, "TC06", 90, "TC06N", 40, "TC07", 12),
				"H2-E", Map.<String, Object>of("LD01", 1000, "LD01N", 700, "TC06", 800, "TC06N", 560, "TC07", 100)),
				java.util.List.of(2021));
		assertThat(cli.run("run", "--inbox", inbox.toString(), "--round", "nam-2021")).as(cli.out() + cli.err())
			.isZero();
		assertThat(cli.out()).contains("của đợt \"Báo cáo năm 2021\" (nam-2021): hoàn thành.")
			.contains("tệp mới: 3 (chấp nhận 3, trả lại 0, không phải biểu mẫu 0); không đổi, bỏ qua: 2.");

		Map<String, BigDecimal> totals = RoundsFixture.totals(WORK.resolve("data/out/nam-2021/latest/totals.csv"));
		// H1 = A + B: 40 + 120 workers, 30 + 90 members of whom 20 + 40 women, 5 + 12 admitted; 2 CĐCS.
		expect(totals, "H1", "LD01", "160", "LD01N", "85", "TC06", "120", "TC06N", "60", "TC07", "17", "TC01", "2",
				"TYN", "50");
		expect(totals, "H2", "LD01", "1000", "LD01N", "700", "TC06", "800", "TC06N", "560", "TC07", "100", "TC01", "1",
				"TYN", "70");
		// P = H1 + H2; its share of women 620 / 920 = 67,391…%, kept to 2 decimals.
		expect(totals, "P", "LD01", "1160", "LD01N", "785", "TC06", "920", "TC06N", "620", "TC07", "117", "TC01", "3",
				"TYN", "67.39");
		assertThat(WORK.resolve("data/out/nam-2021/latest/reports/P.pdf")).isNotEmptyFile();

		// Running another round changed nothing of the first: out/latest is byte for byte what it was.
		assertThat(RoundsFixture.snapshot(latest.toRealPath())).containsExactlyInAnyOrderEntriesOf(firstRound);
		// A run of every open round gives the first round the same totals again, and the annual round nothing new.
		assertThat(cli.run("run", "--inbox", inbox.toString())).isZero();
		assertThat(Files.readString(latest.resolve("totals.csv"))).isEqualTo(firstTotals);
		assertThat(RoundsFixture.totals(WORK.resolve("data/out/nam-2021/latest/totals.csv"))).isEqualTo(totals);
		// Each round keeps the sums its next run starts from: the latest run of each, side by side.
		assertThat(jdbc.sql("SELECT COUNT(DISTINCT run_id) FROM rollup_sums").query(Long.class).single()).isEqualTo(2);
		// Compared with the 2018–2020 round, P's Bảng 1 sets 2020 beside 2021: 1.130 workers then (A 30 + E 1.100),
		// 925 members (25 + 900); the women's share is a figure of this form only.
		assertThat(cli.run("rounds", "compare", "--round", "nam-2021", "--with", "bieu01-cdcs-2018-2020")).isZero();
		assertThat(cli.run("report", "--round", "nam-2021", "--unit", "P")).as(cli.err()).isZero();
		Map<String, List<String>> table = RoundsFixture.docxRows(WORK.resolve("data/out/nam-2021/latest/reports/P.docx"));
		assertThat(table.get("LD01")).endsWith("1.160", "1.130", "+30");
		assertThat(table.get("TC06")).endsWith("920", "925", "\u22125");
		assertThat(table.get("TYN")).endsWith("67,4%", "", "");
		assertThat(cli.run("rounds", "list")).isZero();
		assertThat(cli.out()).contains("bieu01-cdcs-2018-2020: Sơ kết giữa nhiệm kỳ 2018–2020 — mẫu biểu BIEU01-CDCS "
				+ "phiên bản 2018-2020.1, năm 2018–2020, cây tổ chức chốt ngày 31/12/2020, đang mở")
			.contains("nam-2021: Báo cáo năm 2021 — mẫu biểu NAM-TEST phiên bản 2021.1, năm 2021, cây tổ chức "
					+ "chốt ngày 31/12/2021, đang mở");
	}

	/** Each code's 2021 value of the unit equals the one given, compared as numbers. */
	private static void expect(Map<String, BigDecimal> totals, String unit, String... codeAndValue) {
		for (int i = 0; i < codeAndValue.length; i += 2) {
			String key = unit + "|" + codeAndValue[i] + "|2021";
			assertThat(totals.get(key)).as(key).isNotNull().isEqualByComparingTo(codeAndValue[i + 1]);
		}
	}
}
