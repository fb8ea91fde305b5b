package vn.tonghop.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import vn.tonghop.TonghopSpringTest;
import vn.tonghop.system.DataDirectory;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark at a small N, as a smoke test: it must run both passes, and the totals it produces must equal the
 * sums the generator added up from the values it wrote (not the roll-up's own figures). Its timings are printed,
 * not asserted.
 */
@TonghopSpringTest
class BenchmarkSmokeTest {

	@Autowired
	Benchmark benchmark;

	@Autowired
	vn.tonghop.rounds.Rounds rounds;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataDirectory dataDirectory;

	@Autowired
	vn.tonghop.outputs.TotalsCsvWriter totalsCsv;

	@Autowired
	vn.tonghop.system.Messages messages;

	@TempDir
	Path work;

	@Test
	void twoHundredFormsAddUpToWhatWasGenerated() throws Exception {
		for (String table : List.of("unit_total", "rollup_sums", "finding", "submission_figures", "submission", "duplicate_file", "received_file", "run_file", "run_listing_done", "inbox_seen", "run",
				"target", "org_unit", "BATCH_STEP_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION",
				"BATCH_JOB_EXECUTION_CONTEXT", "BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION",
				"BATCH_JOB_INSTANCE")) {
			jdbc.sql("DELETE FROM " + table).update();
		}
		FileSystemUtils.deleteRecursively(dataDirectory.outputs());
		StringWriter printed = new StringWriter();

		Benchmark.Result result = benchmark.run(200, work, 7L, true, new PrintWriter(printed, true));

		assertThat(result.full().accepted()).isEqualTo(200);
		assertThat(result.full().rejected()).isZero();
		// The second full run takes every form again: each has new bytes (its zip comment), the same figures.
		assertThat(result.fullAgain().accepted()).isEqualTo(200);
		assertThat(result.fullAgain().unchanged()).isZero();
		assertThat(result.changed()).isEqualTo(2);
		assertThat(result.incremental().accepted()).isEqualTo(2);
		assertThat(result.incremental().unchanged()).isEqualTo(198);
		Map<String, BigDecimal> totals = totals(result.incremental().runId());
		// Two districts (BP-H001, BP-H002) and the province, for every checked code and year.
		assertThat(result.expected()).hasSize(3 * BenchData.CHECKED.size() * 3);
		result.expected().forEach((key, sum) -> assertThat(totals.get(key)).as(key).isEqualByComparingTo(sum));
		assertThat(printed.toString()).contains("POI event API", "1%", messages.get("bench.liveHeap", 1));
		// Each measured run says what the process's CPU was and how much of it the JIT and the collector took.
		java.util.regex.Matcher cpu = java.util.regex.Pattern.compile("CPU cả lần chạy \\(có báo cáo\\): tiến trình "
				+ "(\\d+,\\d) giây trong (\\d+,\\d) giây[^\\n]*\\n\\s*CPU đến khi bắt đầu làm báo cáo: tiến trình (\\d+,\\d) "
				+ "giây trong (\\d+,\\d) giây × \\d+ lõi(?:; trong đó các luồng biên dịch JIT chạy (\\d+,\\d) giây \\((\\d+)%\\), "
				+ "thu gom rác và luồng VM (\\d+,\\d) giây)?").matcher(printed.toString());
		// Each thread's CPU time is read where Linux's /proc gives it, and only there.
		boolean perThread = Files.isDirectory(Path.of("/proc/self/task"));
		for (int run = 0; run < 3; run++) {
			assertThat(cpu.find()).as("run %d", run).isTrue();
			double runCpu = number(cpu.group(1));
			assertThat(runCpu).as("run %d", run).isPositive();
			// Until the reports start is a part of the run, and the JIT's threads a part of the process.
			assertThat(number(cpu.group(3))).as("run %d", run).isPositive().isLessThanOrEqualTo(runCpu);
			assertThat(number(cpu.group(4))).as("run %d", run).isLessThanOrEqualTo(number(cpu.group(2)));
			assertThat(cpu.group(5) != null).as("run %d: each thread's CPU", run).isEqualTo(perThread);
			if (perThread) {
				assertThat(number(cpu.group(5))).as("run %d", run).isLessThanOrEqualTo(number(cpu.group(3)));
				assertThat(Integer.parseInt(cpu.group(6))).as("run %d", run).isBetween(0, 100);
			}
		}
		// Before the second full run and the re-run, the compilers are let finish (a second at least, two minutes at most).
		assertThat(printed.toString().lines().filter(l -> l.startsWith("Chờ trình biên dịch JIT rảnh")).count())
			.isEqualTo(2);
		// The second floor: a line of its own after the POI one, not naming POI, over every cell element of the files.
		List<String> lines = printed.toString().lines().toList();
		int poi = lines.indexOf(lines.stream().filter(l -> l.contains("POI event API")).findFirst().orElseThrow());
		assertThat(lines.get(poi + 1)).startsWith("Mức tối thiểu thứ hai (giải nén + StAX").doesNotContain("POI")
			.contains(vn.tonghop.system.VietnameseFormat.count(BigDecimal.valueOf(cellElements(work.resolve("inbox")))) + " ô");
		// A run's figures are indented under its title, so that the three runs read apart.
		assertThat(lines.stream().filter(l -> l.startsWith("  thời gian xử lý cộng dồn các luồng")).count()).isEqualTo(3);
		// The re-run reused the previous totals.csv for the unchanged units; it must equal a full regeneration.
		Path regenerated = work.resolve("regenerated.csv");
		totalsCsv.regenerate(result.incremental().runId(), rounds.first(), regenerated);
		assertThat(Files.mismatch(regenerated,
				dataDirectory.outputs().resolve(vn.tonghop.rounds.TestRounds.FIRST + "/" + result.incremental().runId() + "/totals.csv"))).isEqualTo(-1L);
	}

	/** A figure the benchmark printed, "12,3". */
	private static double number(String printed) {
		return Double.parseDouble(printed.replace(',', '.'));
	}

	/** The {@code <c>} elements of every worksheet of every form, counted with a regular expression. */
	private static long cellElements(Path inbox) throws Exception {
		long cells = 0;
		try (var files = Files.walk(inbox)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".xlsx")).toList()) {
				try (var zip = new java.util.zip.ZipFile(file.toFile())) {
					for (var entry : java.util.Collections.list(zip.entries())) {
						if (entry.getName().startsWith("xl/worksheets/") && entry.getName().endsWith(".xml")) {
							String xml = new String(zip.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
							cells += java.util.regex.Pattern.compile("<c[ >]").matcher(xml).results().count();
						}
					}
				}
			}
		}
		return cells;
	}

	private Map<String, BigDecimal> totals(long runId) throws Exception {
		Map<String, BigDecimal> map = new HashMap<>();
		List<String> lines = Files.readAllLines(dataDirectory.outputs().resolve(vn.tonghop.rounds.TestRounds.FIRST + "/" + runId + "/totals.csv"));
		for (String line : lines.subList(1, lines.size())) {
			String[] f = line.split(",");
			map.put(f[0] + "|" + f[1] + "|" + f[2], new BigDecimal(f[3]));
		}
		return map;
	}
}
