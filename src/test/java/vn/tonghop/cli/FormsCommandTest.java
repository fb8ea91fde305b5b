package vn.tonghop.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tonghop.TonghopSpringTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code forms import} and {@code forms list}: a form is checked whole, stored once per version, listed. */
@TonghopSpringTest
class FormsCommandTest {

	/** A form of its own id, so that the shared installation's other tests never meet it. */
	static final String SMALL = """
			id: FORMS-TEST
			version: "2021.1"
			title: Báo cáo thử nghiệm năm 2021
			shortTitle: Biểu thử
			years: [2021]
			termYears: 5
			moneyWarningThreshold: 100000
			sectors: [{ code: HCSN, name: Hành chính }]
			sections:
			  - code: I
			    title: Tổ chức
			    indicators:
			      - { code: TC06, name: Đoàn viên, unit: người, type: int, class: S, required: true }
			      - { code: TC06N, name: Đoàn viên nữ, unit: người, type: int, class: S }
			derived:
			  - { code: TC01, name: Số CĐCS, class: S, registry: ACTIVE }
			  - { code: TYN, name: Tỷ lệ nữ, class: R, ratio: { numerator: TC06N, denominator: TC06 } }
			rules:
			  - { id: E5-TC06N, code: E5, check: "TC06N <= TC06" }
			report:
			  childColumns:
			    - { code: TC01, label: Số CĐCS }
			    - { code: TC06, label: Đoàn viên }
			    - { code: TC06N, label: Nữ }
			    - { code: TYN, label: Tỷ lệ nữ }
			    - { code: TC06, label: Đoàn viên (cả kỳ), period: whole }
			    - { code: TC06N, label: Nữ (cả kỳ), period: whole }
			  membersChart: { total: TC06, part: TC06N }
			  ratioChart: TYN
			""";

	@Autowired
	CommandLineRunnerAdapter cli;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@org.junit.jupiter.api.BeforeEach
	void forgetTheTestForm() {
		driver = new CliDriver(cli);
		jdbc.sql("DELETE FROM form_definition WHERE form_id = 'FORMS-TEST'").update();
	}

	@TempDir
	Path dir;

	private CliDriver driver;


	private String file(String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text).toString();
	}

	@Test
	void aFormIsImportedOnceAndListedBesideTheBundledOne() throws IOException {
		assertThat(driver.run("forms", "import", file("small.yaml", SMALL))).isZero();
		assertThat(driver.out()).contains("Đã nhập mẫu biểu FORMS-TEST phiên bản 2021.1: Báo cáo thử nghiệm năm 2021.");
		assertThat(driver.run("forms", "import", file("again.yaml", SMALL))).isZero();
		assertThat(driver.out()).contains("Mẫu biểu FORMS-TEST phiên bản 2021.1 đã có, nội dung không đổi");

		assertThat(driver.run("forms", "list")).isZero();
		assertThat(driver.out())
			.contains("BIEU01-CDCS phiên bản 2018-2020.1: Báo cáo tổng hợp số liệu hoạt động công đoàn giai đoạn "
					+ "2018–2020 (năm 2018–2020, 53 chỉ tiêu), nhập từ \"bieu01-cdcs.yaml\"")
			.contains("FORMS-TEST phiên bản 2021.1: Báo cáo thử nghiệm năm 2021 (năm 2021, 2 chỉ tiêu), nhập từ "
					+ "\"small.yaml\"");
	}

	@Test
	void anotherDefinitionUnderAStoredVersionIsRefused() throws IOException {
		driver.run("forms", "import", file("small.yaml", SMALL));
		String changed = SMALL.replace("name: Đoàn viên nữ", "name: Nữ");
		assertThat(driver.run("forms", "import", file("changed.yaml", changed))).isEqualTo(1);
		assertThat(driver.err()).contains("mẫu biểu FORMS-TEST phiên bản 2021.1 đã có với nội dung khác")
			.contains("hãy đặt phiên bản mới");
		assertThat(driver.run("forms", "import", file("new-version.yaml", changed.replace("\"2021.1\"", "\"2021.2\""))))
			.isZero();
	}

	@Test
	void aFormWithFaultsIsRefusedWithEachFaultsLineEntryAndReasonInVietnamese() throws IOException {
		// Line 14 repeats TC06; line 20 names an indicator the form does not have; line 6 misspells nothing.
		String faulty = SMALL.replace("code: TC06N, name: Đoàn viên nữ", "code: TC06, name: Đoàn viên nữ")
			.replace("\"TC06N <= TC06\"", "\"TC07 <= TC06\"");
		assertThat(driver.run("forms", "import", file("faulty.yaml", faulty))).isEqualTo(1);
		assertThat(driver.err()).contains("Tệp \"faulty.yaml\" bị từ chối, chưa lưu gì.")
			.contains("Dòng 14, mục sections.I.indicators.1: Mã \"TC06\" đã dùng cho một chỉ tiêu khác")
			.contains("Dòng 19, mục rules.E5-TC06N.check: Quy tắc E5-TC06N nhắc đến chỉ tiêu TC07, không có trong "
					+ "biểu mẫu.");
		assertThat(driver.run("forms", "list")).isZero();
		assertThat(driver.out()).doesNotContain("faulty.yaml");

		assertThat(driver.run("forms", "import", file("typo.yaml", SMALL.replace("termYears: 5", "termYear: 5"))))
			.isEqualTo(1);
		assertThat(driver.err()).contains("Dòng 6, mục termYear: Không có trường \"termYear\" trong định nghĩa biểu "
				+ "mẫu (có thể viết sai tên trường).");
	}
}
