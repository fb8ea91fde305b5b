package vn.tonghop.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a command prints reaches the terminal whole, in a JVM of its own as staff run it: a command that prints its
 * text in one piece, without a line end to flush on, lost it all when the JVM exited (`status` printed nothing).
 */
class CliOutputTest {

	private static final String UNITS = Path.of("sample-data/org-units.csv").toAbsolutePath().toString();

	@TempDir
	Path work;

	@Test
	void statusPrintsEveryMissingUnitBeforeTheProcessEnds() throws Exception {
		Path data = work.resolve("data");
		CliProcess imported = CliProcess.start(data, "units", "import", UNITS);
		assertThat(imported.await()).as(imported.output()).isZero();

		CliProcess status = CliProcess.start(data, "status");

		assertThat(status.await()).as(status.output()).isZero();
		String printed = status.output();
		Matcher missing = Pattern.compile("Chưa báo cáo: (\\d+) \\(").matcher(printed);
		assertThat(missing.find()).as(printed).isTrue();
		// No file was sent: every CĐCS standing at the end of 2020 is listed, one line each, the last one whole. By
		// sample-data/README.md: 161 CĐCS, of which TN-DMC-CS12 was dissolved in 2019.
		assertThat(Integer.parseInt(missing.group(1))).isEqualTo(160);
		assertThat(printed.lines().filter(line -> line.matches("TN-\\S+ {2}.+ — chưa gửi — .+"))).hasSize(160);
		assertThat(printed).endsWith(System.lineSeparator());
	}
}
