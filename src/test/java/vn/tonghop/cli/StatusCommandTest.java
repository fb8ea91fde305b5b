package vn.tonghop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.tonghop.orgunit.Scope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code status}: who has reported by the CĐCS deadline (15/11/2020, a day in Vietnam's time), who has not, why and
 * whom to call, for a district and for the province, counted by hand from the files below.
 */
@SpringBootTest(properties = "tonghop.cli.enabled=false")
class StatusCommandTest {

	private static final Path WORK = TempInstallation.create("status");

	@DynamicPropertySource
	static void ownInstallation(DynamicPropertyRegistry properties) {
		TempInstallation.register(properties, WORK);
	}

	@Autowired
	CommandLineRunnerAdapter adapter;

	@Autowired
	vn.tonghop.workflow.Reminders reminders;

	@Autowired
	vn.tonghop.rounds.Rounds roundList;

	@Autowired
	vn.tonghop.orgunit.OrgRegistry registry;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void aDistrictsMissingUnitsAreListedWithWhyAndWhomToCallAndLateFilesCountAsLate() throws Exception {
		CliDriver cli = new CliDriver(adapter);
		// The small registry, with contacts, and F: a CĐCS of H2 that will send nothing.
		Path units = Files.writeString(WORK.resolve("units.csv"), """
				code,name,type,parent_code,sector,valid_from,valid_to,contact_name,phone,email
				P,Liên đoàn Lao động tỉnh Thử Nghiệm,TINH,,,2010-01-01,,,,
				H1,Liên đoàn Lao động huyện Một,HUYEN,P,,2010-01-01,,,,
				H2,Liên đoàn Lao động huyện Hai,HUYEN,P,,2010-01-01,,,,
				H1-A,Công đoàn cơ sở Trường Tiểu học A,CDCS,H1,HCSN,2012-05-01,,Nguyễn Văn An,0912 000 111,an@example.vn
				H1-B,Công đoàn cơ sở Công ty TNHH B,CDCS,H1,NNN,2019-03-15,,,0912 000 222,
				H1-C,Công đoàn cơ sở Hợp tác xã C,CDCS,H1,KHAC,2011-01-01,2019-06-30,,,
				H2-E,Công đoàn cơ sở Công ty TNHH E Việt Nam,CDCS,H2,FDI,2015-07-01,,,,
				H2-F,Công đoàn cơ sở Hợp tác xã F,CDCS,H2,KHAC,2015-01-01,,Trần Thị Phương,0913 000 333,f@example.vn
				""");
		assertThat(cli.run("units", "import", units.toString())).as(cli.err()).isZero();
		Path t = WORK.resolve("t");
		assertThat(cli.run("template", "--unit", "P", "--out", t.toString())).isZero();
		Path inbox = WORK.resolve("inbox");
		// A on time; B returned (a 2018 figure, but B was founded in 2019); E on 16/11 at 01:00 in Vietnam, which is
		// still 15/11 in UTC: late.
		RoundsFixture.fillYears(t, inbox, Map.of("H1-A", "H1", "H2-E", "H2"), Map.of(
				"H1-A", Map.of("LD01", 30, "TC06", 25, "XL", "HTT"),
				"H2-E", Map.of("LD01", 1100, "TC06", 900, "XL", "HTXS", "DD02", true)), List.of(2018, 2019, 2020));
		RoundsFixture.fillYears(t, inbox, Map.of("H1-B", "H1"),
				Map.of("H1-B", Map.of("LD01", 100, "TC06", 80, "XL", "HTT", "DD02", true)), List.of(2018, 2019, 2020));
		arrived(inbox.resolve("H1/BIEU01-CDCS_H1-A.xlsx"), "2020-11-15T20:00:00+07:00");
		arrived(inbox.resolve("H1/BIEU01-CDCS_H1-B.xlsx"), "2020-11-12T09:00:00+07:00");
		arrived(inbox.resolve("H2/BIEU01-CDCS_H2-E.xlsx"), "2020-11-16T01:00:00+07:00");
		Path rounds = Files.writeString(WORK.resolve("rounds.csv"), """
				code,form,title,reference_date,compare_with,deadlines
				bieu01-cdcs-2018-2020,BIEU01-CDCS:2018-2020.1,Sơ kết giữa nhiệm kỳ 2018–2020,,,CDCS=2020-11-15;HUYEN=2020-12-31
				""");
		assertThat(cli.run("run", "--inbox", inbox.toString(), "--rounds", rounds.toString())).as(cli.out()).isZero();
		assertThat(cli.out()).contains("Đã đặt hạn nộp cho 1 đợt.");

		// H1 expects A and B (C ended in 2019): A reported on time, B's only file was returned.
		assertThat(cli.run("status", "--unit", "h1")).isZero();
		assertThat(cli.out()).contains("Đợt \"Sơ kết giữa nhiệm kỳ 2018–2020\" (bieu01-cdcs-2018-2020) — Liên đoàn Lao "
				+ "động huyện Một (H1): hạn nộp của công đoàn cơ sở 15/11/2020.\n"
				+ "Đã báo cáo: 1/2 công đoàn cơ sở (đúng hạn 1, trễ hạn 0). Chưa báo cáo: 1 (chưa gửi 0, bị trả lại 1).\n"
				+ "H1-B  Công đoàn cơ sở Công ty TNHH B — bị trả lại (H1/BIEU01-CDCS_H1-B.xlsx): trang tính \"Biểu "
				+ "01-CĐCS\", ô E14, chỉ tiêu LD01 (Tổng số công nhân, viên chức, lao động (CNVCLĐ) tại đơn vị), năm 2018: "
				+ "Có số liệu năm 2018 nhưng đơn vị thành lập ngày 15/03/2019.")
			.contains("— liên hệ: 0912 000 222\n");

		// The province: A and E reported (E late), B returned, F sent nothing.
		assertThat(cli.run("status")).isZero();
		assertThat(cli.out()).contains("Đã báo cáo: 2/4 công đoàn cơ sở (đúng hạn 1, trễ hạn 1). Chưa báo cáo: 2 (chưa "
				+ "gửi 1, bị trả lại 1).\nH1-B  ")
			.contains("H2-F  Công đoàn cơ sở Hợp tác xã F — chưa gửi — liên hệ: Trần Thị Phương, 0913 000 333, "
					+ "f@example.vn\n");

		// No SMTP server configured here: reminders are off, and nothing is sent or recorded.
		assertThat(reminders.isEnabled()).isFalse();
		vn.tonghop.rounds.Round round = roundList.first();
		assertThatThrownBy(() -> reminders.remind(round, Scope.wholeTree(registry.treeAt(round.referenceDate())), "P",
				"tinh")).isInstanceOf(IllegalStateException.class);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_message").query(Long.class).single()).isZero();
	}

	private static void arrived(Path file, String at) throws IOException {
		Files.setLastModifiedTime(file, FileTime.from(OffsetDateTime.parse(at).toInstant()));
	}
}
