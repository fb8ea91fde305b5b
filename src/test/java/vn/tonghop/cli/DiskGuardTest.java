package vn.tonghop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A run refused for lack of disk space: a reserve no disk holds (a million terabytes) stands in for a full disk. The
 * run does not start (no run is recorded), `run` exits 2 with the Vietnamese reason and what to do.
 */
@SpringBootTest(properties = { "tonghop.cli.enabled=false", "tonghop.disk.reserve=1000000TB" })
class DiskGuardTest {

	private static final Path WORK = TempInstallation.create("disk");

	@DynamicPropertySource
	static void ownInstallation(DynamicPropertyRegistry properties) {
		TempInstallation.register(properties, WORK);
	}

	@Autowired
	CommandLineRunnerAdapter adapter;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void aRunThatCannotFitIsRefusedBeforeItStarts() throws Exception {
		CliDriver cli = new CliDriver(adapter);
		Path units = Files.writeString(WORK.resolve("units.csv"), """
				code,name,type,parent_code,sector,valid_from,valid_to
				P,Liên đoàn Lao động tỉnh Thử Nghiệm,TINH,,,2010-01-01,
				H1-A,Công đoàn cơ sở Trường Tiểu học A,CDCS,P,HCSN,2012-05-01,
				""");
		assertThat(cli.run("units", "import", units.toString())).as(cli.err()).isZero();
		Path inbox = Files.createDirectories(WORK.resolve("inbox"));
		assertThat(cli.run("run", "--inbox", inbox.toString())).isEqualTo(2);
		assertThat(cli.err()).contains("Không chạy tổng hợp: đĩa chứa thư mục dữ liệu chỉ còn")
			.contains("java -jar tonghop.jar prune");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM run").query(Long.class).single()).isZero();
	}
}
