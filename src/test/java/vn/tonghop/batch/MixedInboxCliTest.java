package vn.tonghop.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.sampledata.FilledForm;

/**
 * The command line over an inbox mixing good forms with any files at all: programs, web pages, empty and random
 * "workbooks", and the three real workbooks that once failed whole runs. The run completes with exit code 0,
 * findings.csv names every file that was not a good form, and only the good forms are counted.
 */
class MixedInboxCliTest {

	private static final List<String> GOOD = List.of("BIEU01-CDCS_TN-DMC-CS01.xlsx", "BIEU01-CDCS_TN-DMC-CS02.xlsx",
			"BIEU01-CDCS_TN-DMC-CS03.xlsx");

	private static final List<String> CORPUS = List.of("poi-intercept.xls", "poi-fuzz-hssf-5786329142919168.xls",
			"poi-fuzz-xssf-6123461607817216.xlsx");

	@TempDir
	Path work;

	@Test
	@Timeout(value = 3, unit = TimeUnit.MINUTES)
	void aRunOverAnyFilesAtAllCompletesAndCountsOnlyTheGoodForms() throws Exception {
		Path inbox = Files.createDirectories(work.resolve("inbox/TN-DMC"));
		BigDecimal expected = BigDecimal.ZERO;
		for (String name : GOOD) {
			Path sample = Path.of("sample-data/inbox/TN-DMC").resolve(name);
			Files.copy(sample, inbox.resolve(name));
			// Each good form's LD01 of 2020, read straight from its cell: the sum the district must show.
			try (FilledForm form = new FilledForm(Files.readAllBytes(sample), List.of(2018, 2019, 2020))) {
				expected = expected.add(BigDecimal.valueOf(form.cell("LD01", 2020).getNumericCellValue()));
			}
		}
		List<String> bad = new java.util.ArrayList<>(CORPUS);
		for (String name : CORPUS) {
			try (InputStream in = getClass().getResourceAsStream("/corpus/" + name)) {
				Files.copy(in, inbox.resolve(name));
			}
		}
		Files.write(inbox.resolve("virus.exe"), new byte[] { 'M', 'Z', (byte) 0x90, 0 });
		Files.writeString(inbox.resolve("trang.html"), "<html><body>Báo cáo</body></html>");
		Files.write(inbox.resolve("rong.xlsx"), new byte[0]);
		byte[] random = new byte[4096];
		new java.util.Random(7).nextBytes(random);
		random[0] = 'P';
		random[1] = 'K';
		random[2] = 3;
		random[3] = 4;
		Files.write(inbox.resolve("rac.xlsx"), random);
		bad.addAll(List.of("virus.exe", "trang.html", "rong.xlsx", "rac.xlsx"));

		CliProcess run = CliProcess.start(work.resolve("data"), "run", "--inbox", work.resolve("inbox").toString(),
				"--units", Path.of("sample-data/org-units.csv").toAbsolutePath().toString());
		assertThat(run.await()).as(run.output()).isZero();

		String findings = Files.readString(work.resolve("data/out/latest/findings.csv"));
		for (String name : bad) {
			assertThat(findings).as(name).containsPattern("(?m)^TN-DMC/" + java.util.regex.Pattern.quote(name)
					+ ",,(REJECTED|NOT_FORM),Lỗi,E1,");
		}
		String ld01 = Files.readAllLines(work.resolve("data/out/latest/totals.csv")).stream()
			.filter(line -> line.startsWith("TN-DMC,LD01,2020,")).findFirst().orElseThrow();
		assertThat(new BigDecimal(ld01.substring("TN-DMC,LD01,2020,".length()))).isEqualByComparingTo(expected);
		assertThat(run.output()).contains("Lần tổng hợp số 1 của đợt \"Sơ kết giữa nhiệm kỳ 2018–2020\" (bieu01-cdcs-2018-2020): hoàn thành.");
	}
}
