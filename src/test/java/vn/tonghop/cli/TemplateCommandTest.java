package vn.tonghop.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tonghop.TonghopSpringTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line end to end: import the registry, then write templates for units of every level. */
@TonghopSpringTest
class TemplateCommandTest {

	@Autowired
	CommandLineRunnerAdapter cli;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	private CliDriver driver;


	private static java.util.List<String> files(Path folder) throws IOException {
		try (Stream<Path> list = Files.list(folder)) {
			return list.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@BeforeEach
	void registry() throws IOException {
		driver = new CliDriver(cli);
		jdbc.sql("DELETE FROM org_unit").update();
		Path csv = dir.resolve("units.csv");
		Files.copy(getClass().getResourceAsStream("/registry/small.csv"), csv);
		assertThat(driver.run("units", "import", csv.toString())).isZero();
		assertThat(driver.out()).contains("Đã nhập danh mục: 8 đơn vị mới, 0 đơn vị cập nhật, 0 đơn vị không đổi.");
	}

	@Test
	void aDistrictGetsOneTemplatePerCdcsStandingIn2018To2020() throws IOException {
		// Under H1: A (since 2012), B (founded 2019), C (dissolved 2019, stands in 2018); D dissolved in 2017.
		assertThat(driver.run("template", "--unit", "h1", "--out", dir.resolve("h1").toString())).isZero();
		assertThat(files(dir.resolve("h1"))).containsExactly("BIEU01-CDCS_H1-A.xlsx", "BIEU01-CDCS_H1-B.xlsx",
				"BIEU01-CDCS_H1-C.xlsx");
		assertThat(driver.out()).contains("Đã ghi 3 biểu mẫu");
	}

	@Test
	void theProvinceGetsEveryActiveCdcsOfEveryLevelBelow() throws IOException {
		assertThat(driver.run("template", "--unit", "P", "--out", dir.resolve("p").toString())).isZero();
		assertThat(files(dir.resolve("p"))).hasSize(4);
	}

	@Test
	void oneCdcsGetsItsOwnTemplate() throws IOException {
		assertThat(driver.run("template", "--unit", "H2-E", "--out", dir.resolve("e").toString())).isZero();
		assertThat(files(dir.resolve("e"))).containsExactly("BIEU01-CDCS_H2-E.xlsx");
	}

	@Test
	void unknownAndInactiveUnitsAreExplained() {
		assertThat(driver.run("template", "--unit", "KHONGCO", "--out", dir.toString())).isEqualTo(2);
		assertThat(driver.err()).contains("Không có đơn vị mã \"KHONGCO\" trong danh mục");
		assertThat(driver.run("template", "--unit", "H1-D", "--out", dir.toString())).isEqualTo(1);
		assertThat(driver.err()).contains("không có công đoàn cơ sở nào hoạt động trong giai đoạn 2018-2020");
	}

	@Test
	void aRefusedRegistryListsItsBadLinesInVietnamese() throws IOException {
		Path bad = dir.resolve("bad.csv");
		Files.writeString(bad, "code,name,type,parent_code,sector,valid_from,valid_to\nZ,Tên,PHUONG,P,,,\n");
		assertThat(driver.run("units", "import", bad.toString())).isEqualTo(1);
		assertThat(driver.err()).contains("Tệp danh mục bị từ chối, không có thay đổi nào.")
			.contains("Dòng 2: loại đơn vị \"PHUONG\" không hợp lệ");
	}
}
