package vn.tonghop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Started without a locale (a cron job, or a service on a server that has none), the JVM reads file names as ASCII
 * and a run over a file with a Vietnamese name failed as a whole, its console all "?". The command now refuses at
 * once, before it touches the data directory, and says in Vietnamese (in UTF-8) what to set.
 */
class FileNameEncodingTest {

	/** Linux, where the servers run: macOS names files in UTF-8 and Windows in UTF-16 whatever the locale. */
	@Test
	@EnabledOnOs(OS.LINUX)
	void withoutAUtf8LocaleACommandRefusesAndSaysWhatToSet(@TempDir Path dir) throws Exception {
		Path inbox = Files.createDirectories(dir.resolve("inbox/H1"));
		Files.write(inbox.resolve("Báo cáo Hòa Thành.xlsx"), new byte[] { 1 });
		ProcessBuilder builder = new ProcessBuilder(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
				"-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), "vn.tonghop.TonghopApplication",
				"--data-dir", dir.resolve("data").toString(), "run", "--inbox", dir.resolve("inbox").toString()))
			.redirectErrorStream(true);
		builder.environment().keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_"));
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

		assertThat(process.exitValue()).as(output).isEqualTo(StartupFailure.ENVIRONMENT);
		assertThat(output).contains("tên tệp có dấu tiếng Việt sẽ không đọc được")
			.contains("LANG=C.UTF-8 java -jar tonghop.jar")
			.contains("Environment=LANG=C.UTF-8");
		assertThat(dir.resolve("data")).doesNotExist();
	}
}
