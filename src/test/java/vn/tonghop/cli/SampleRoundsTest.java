package vn.tonghop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.tonghop.sampledata.FilledForm;

/**
 * The README's first command on a new installation: the sample's two rounds side by side, the 2018–2020 mid-term
 * review and the 2021 annual report Dương Minh Châu has begun to return, each run over the same inbox.
 */
@SpringBootTest(properties = "tonghop.cli.enabled=false")
class SampleRoundsTest {

	private static final Path WORK = TempInstallation.create("sample-rounds");

	@DynamicPropertySource
	static void ownInstallation(DynamicPropertyRegistry properties) {
		TempInstallation.register(properties, WORK);
	}

	@Autowired
	CommandLineRunnerAdapter adapter;

	@Test
	void theReadmeCommandRunsBothSampleRounds() throws Exception {
		CliDriver cli = new CliDriver(adapter);
		assertThat(cli.run("run", "--inbox", "sample-data/inbox", "--units", "sample-data/org-units.csv", "--targets",
				"sample-data/targets.csv", "--report-settings", "sample-data/report-settings.csv", "--forms",
				"sample-data/forms", "--rounds", "sample-data/rounds.csv"))
			.as(cli.out() + cli.err())
			.isZero();
		assertThat(cli.out()).contains("Đã nhập mẫu biểu BIEU02-NAM phiên bản 2021.1")
			.contains("Đợt báo cáo: 1 đợt mới được tạo, 1 đợt đã có.")
			.contains("(bieu01-cdcs-2018-2020): hoàn thành.\nTệp trong hộp thư: 165; tệp mới: 155 (chấp nhận 145, trả lại "
					+ "10, không phải biểu mẫu 0); không đổi, bỏ qua: 0.\nCó 10 tệp là biểu mẫu của đợt báo cáo khác")
			.contains("(bieu02-nam-2021): hoàn thành.\nTệp trong hộp thư: 165; tệp mới: 10 (chấp nhận 10, trả lại 0");
		// The plan's deadlines for the mid-term round; a checkout gives every sample file today's time, so none of
		// them arrived by 15/11/2020.
		assertThat(cli.out()).contains("Đã đặt hạn nộp cho 1 đợt.")
			.contains("Công đoàn cơ sở (hạn nộp 15/11/2020): đúng hạn 0, trễ hạn ")
			.contains("Công đoàn cơ sở: đã báo cáo 10, chưa báo cáo ");

		// Worked out from the files and the registry themselves: the ten forms' LD01, and the CĐCS of Dương Minh
		// Châu standing at the end of 2021.
		BigDecimal workers = BigDecimal.ZERO;
		try (Stream<Path> files = Files.list(Path.of("sample-data/inbox/TN-DMC"))) {
			for (Path file : files.filter(f -> f.getFileName().toString().startsWith("BIEU02-NAM_")).toList()) {
				try (FilledForm form = new FilledForm(Files.readAllBytes(file), List.of(2021))) {
					workers = workers.add(BigDecimal.valueOf(form.cell("LD01", 2021).getNumericCellValue()));
				}
			}
		}
		long standing;
		try (Reader reader = Files.newBufferedReader(Path.of("sample-data/org-units.csv"))) {
			LocalDate end = LocalDate.of(2021, 12, 31);
			standing = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).stream()
				.filter(u -> u.get("parent_code").equals("TN-DMC") && u.get("type").equals("CDCS"))
				.filter(u -> u.get("valid_to").isEmpty() || LocalDate.parse(u.get("valid_to")).isAfter(end))
				.filter((CSVRecord u) -> u.get("valid_from").isEmpty() || !LocalDate.parse(u.get("valid_from")).isAfter(end))
				.count();
		}
		Map<String, BigDecimal> annual = RoundsFixture.totals(WORK.resolve("data/out/bieu02-nam-2021/latest/totals.csv"));
		assertThat(annual.get("TN-DMC|LD01|2021")).isEqualByComparingTo(workers);
		assertThat(annual.get("TN|LD01|2021")).isEqualByComparingTo(workers);
		assertThat(annual.get("TN-DMC|SUBMITTED|2021")).isEqualByComparingTo("10");
		assertThat(annual.get("TN-DMC|EXPECTED|2021")).isEqualByComparingTo(BigDecimal.valueOf(standing));
		assertThat(WORK.resolve("data/out/bieu02-nam-2021/latest/reports/TN-DMC.pdf")).isNotEmptyFile();
		// Who has not reported yet: the CĐCS standing at the end of 2021 less the ten (no deadline set: no "late").
		assertThat(cli.run("status", "--round", "bieu02-nam-2021", "--unit", "TN-DMC")).isZero();
		assertThat(cli.out()).contains("Đã báo cáo: 10/" + standing + " công đoàn cơ sở. Chưa báo cáo: " + (standing - 10)
				+ " (chưa gửi " + (standing - 10) + ", bị trả lại 0).");
		// The README's places: out/latest is the mid-term review's.
		assertThat(Files.readString(WORK.resolve("data/out/latest/totals.csv"))).contains("TN,LD01,2018-2020,");
	}
}
