package vn.tonghop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tonghop.TonghopSpringTest;

/**
 * A command line that cannot be parsed is answered in Vietnamese, naming what is wrong, with exit code 2: picocli's
 * own sentences ("Missing required option", "Unmatched argument", "Did you mean") were English.
 */
@TonghopSpringTest
class ParameterErrorsTest {

	@Autowired
	CommandLineRunnerAdapter cli;

	private String errorOf(int[] exit, String... args) {
		CliDriver driver = new CliDriver(cli);
		exit[0] = driver.run(args);
		return driver.err();
	}

	@Test
	void eachKindOfMistakeIsSaidInVietnameseWithExitCodeTwo() {
		int[] exit = new int[1];

		assertThat(errorOf(exit, "runn")).startsWith("Lỗi: Không hiểu tham số runn.\nCó phải ý bạn là: run, ")
			.doesNotContain("Did you mean").doesNotContain("Cách dùng");
		assertThat(exit[0]).isEqualTo(2);
		assertThat(errorOf(exit, "run")).startsWith("Lỗi: Thiếu tùy chọn bắt buộc --inbox=DIR.\nCách dùng: tonghop run");
		assertThat(exit[0]).isEqualTo(2);
		assertThat(errorOf(exit, "run", "--inbox")).startsWith("Lỗi: Tùy chọn --inbox cần một giá trị (DIR) ngay sau nó.");
		assertThat(errorOf(exit, "status", "--since", "2020")).startsWith("Lỗi: Lệnh không có tùy chọn --since 2020.");
		assertThat(errorOf(exit, "bench", "--cdcs", "mười")).startsWith("Lỗi: Giá trị \"mười\" của --cdcs không hợp lệ.");
		assertThat(errorOf(exit, "units", "import")).startsWith("Lỗi: Thiếu tham số bắt buộc FILE.");
		assertThat(exit[0]).isEqualTo(2);
	}
}
