package vn.tonghop.bench;

import org.springframework.stereotype.Component;

import vn.tonghop.batch.RunService;
import vn.tonghop.batch.RunSummary;
import vn.tonghop.form.Form;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.sampledata.SampleDataGenerator;
import vn.tonghop.system.Messages;
import vn.tonghop.system.PipelineMetrics;
import vn.tonghop.system.PipelineMetrics.Stage;
import vn.tonghop.workbook.TemplateWriter;

import java.io.InputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Generates a province of N grassroots unions, runs one full consolidation with reports into the current (fresh)
 * installation, measures two floors over the same files (a bare POI event-API read, and an unzip with a StAX scan of
 * every cell), runs again over new bytes of every form (the same work in a JVM that has run), then changes 1 % of
 * the files and runs again. Prints wall time, files per second, ms per file and peak heap, per stage and in total.
 */
@Component
public class Benchmark {

	private final Form form;

	private final TemplateWriter templates;

	private final SampleDataGenerator generator;

	private final OrgRegistry registry;

	private final RunService runs;

	private final PipelineMetrics metrics;

	private final Messages messages;

	Benchmark(Form form, TemplateWriter templates, SampleDataGenerator generator, OrgRegistry registry,
			RunService runs, PipelineMetrics metrics, Messages messages) {
		this.form = form;
		this.templates = templates;
		this.generator = generator;
		this.registry = registry;
		this.runs = runs;
		this.metrics = metrics;
		this.messages = messages;
	}

	/**
	 * Writes the registry and the forms and imports the registry. Returns only every hundredth unit, the ones the
	 * incremental run changes: the province itself is dropped here so that the heap measured during the runs is the
	 * pipeline's, not the benchmark's list of N units.
	 */
	private List<BenchProvince.Sample> generate(int count, BenchData data, Path inbox, Path work, long seed,
			PrintWriter out) throws Exception {
		long start = System.nanoTime();
		BenchProvince province = BenchProvince.of(count);
		data.writeRegistry(province, work.resolve("org-units.csv"));
		data.writeForms(province, inbox, seed);
		try (InputStream in = Files.newInputStream(work.resolve("org-units.csv"))) {
			registry.importCsv(in);
		}
		out.println(messages.get("bench.generated", count, province.districts().size(), seconds(System.nanoTime() - start),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024)));
		return province.everyHundredth();
	}

	/** What the benchmark did, for its smoke test: the three runs and the sums they must reproduce. */
	public record Result(RunSummary full, RunSummary fullAgain, RunSummary incremental, Map<String, BigDecimal> expected,
			int changed) {
	}

		/**
	 * @param liveHeap force a full collection every second to measure the live heap exactly; the times printed
	 * then include those collections and are not comparable with a plain run
	 */
	public Result run(int count, Path work, long seed, boolean liveHeap, PrintWriter out) throws Exception {
		if (!registry.tree().isEmpty()) {
			throw new IllegalStateException(messages.get("bench.notFresh"));
		}
		BenchData data = new BenchData(form, templates, generator);
		Path inbox = Files.createDirectories(work.resolve("inbox"));
		List<BenchProvince.Sample> toChange = generate(count, data, inbox, work, seed, out);

		Measured full = measure(inbox, count, liveHeap, out, messages.get("bench.full"));
		EventApiYardstick.Result yardstick = EventApiYardstick.readAll(inbox);
		long pipeline = full.pipelineMillis();
		out.println(messages.get("bench.yardstick", seconds(yardstick.millis() * 1_000_000), yardstick.cells(),
				perFile(yardstick.millis(), count), ratio(pipeline, yardstick.millis())));
		StaxYardstick.Result stax = StaxYardstick.readAll(inbox);
		out.println(messages.get("bench.staxFloor", seconds(stax.millis() * 1_000_000), stax.cells(),
				perFile(stax.millis(), count), ratio(pipeline, stax.millis())));

		// The floors are the best of warm passes; the first run also pays for loading and compiling the pipeline's
		// code. The second, over new bytes of every form, is the same work in a JVM that has run (the service's).
		NewContents.renewAll(inbox, "tonghop bench: second full run");
		quiet(out);
		Measured second = measure(inbox, count, liveHeap, out, messages.get("bench.fullAgain"));
		out.println(messages.get("bench.fullAgainRatios", ratio(second.pipelineMillis(), yardstick.millis()),
				ratio(second.pipelineMillis(), stax.millis())));

		for (BenchProvince.Sample unit : toChange) {
			data.change(inbox, unit.unit(), unit.kind(), seed);
		}
		int changed = toChange.size();
		quiet(out);
		Measured incremental = measure(inbox, changed, liveHeap, out, messages.get("bench.incremental", changed));
		out.println(messages.get("bench.incrementalShare", ratio(incremental.pipelineMillis() * 100, pipeline),
				ratio(incremental.pipelineMillis() * 100, second.pipelineMillis())));
		return new Result(full.summary(), second.summary(), incremental.summary(), Map.copyOf(data.expected), changed);
	}

	/** As the service's JVM between two nightly runs: its compilers done with what the last run left them. */
	private void quiet(PrintWriter out) throws InterruptedException {
		JvmTime before = JvmTime.now();
		long waited = JvmTime.awaitCompilerIdle(QUIET_MAX_MILLIS);
		out.println(messages.get("bench.quiet", seconds(waited * 1_000_000),
				seconds(JvmTime.now().since(before).compileMillis() * 1_000_000)));
	}

	private static final long QUIET_MAX_MILLIS = 120_000;

	/** A run with its wall time without the reports (read, validate, store, roll-up, CSV outputs). */
	private record Measured(RunSummary summary, long pipelineMillis) {
	}

	private Measured measure(Path inbox, int files, boolean liveHeap, PrintWriter out, String title)
			throws Exception {
		metrics.reset();
		RunSummary summary;
		long peak;
		long live;
		String livePeakAt;
		long start = System.nanoTime();
		Clocks atStart = Clocks.now();
		var beforeReports = new java.util.concurrent.atomic.AtomicReference<Clocks>();
		metrics.whenStarting(Stage.REPORTS, () -> beforeReports.compareAndSet(null, Clocks.now()));
		try (HeapSampler heap = new HeapSampler(liveHeap, Thread.currentThread())) {
			List<RunSummary> summaries = runs.run(inbox);
			summary = summaries.get(summaries.size() - 1);
			peak = heap.peakMegabytes();
			live = heap.liveMegabytes();
			livePeakAt = heap.livePeakAt();
		}
		long wall = (System.nanoTime() - start) / 1_000_000;
		JvmTime jvm = JvmTime.now().since(atStart.jvm());
		long steps = summary.stepDurations().values().stream().mapToLong(Duration::toMillis).sum();
		long pipeline = steps - millis(summary, "outputs") + metrics.millis(Stage.OUTPUTS);
		out.println(title);
		if (liveHeap) {
			out.println(messages.get("bench.liveHeap", HeapSampler.FORCED_EVERY_MS / 1000));
		}
		out.println(messages.get("bench.stages", metrics.millis(Stage.ARCHIVE), metrics.millis(Stage.READ),
				metrics.millis(Stage.VALIDATE), metrics.millis(Stage.STORE)));
		out.println(messages.get("bench.steps", millis(summary, "snapshot"), millis(summary, "intake"),
				millis(summary, "rollup"), millis(summary, "outliers"), metrics.millis(Stage.OUTPUTS),
				metrics.millis(Stage.REPORTS)));
		out.println(messages.get("bench.total", seconds(pipeline * 1_000_000),
				String.format(java.util.Locale.ROOT, "%.0f", files * 1000.0 / Math.max(1, pipeline)),
				perFile(pipeline, files), seconds(wall * 1_000_000), peak, live, summary.accepted(), summary.unchanged()));
		if (liveHeap && !livePeakAt.isEmpty()) {
			out.println(messages.get("bench.livePeakAt", livePeakAt));
		}
		int cores = Runtime.getRuntime().availableProcessors();
		out.println(messages.get("bench.jvm", seconds(jvm.cpuNanos()), seconds(wall * 1_000_000), cores,
				String.format(java.util.Locale.ROOT, "%.0f", jvm.cpuNanos() / 1e4 / Math.max(1, wall * cores)),
				seconds(jvm.compileMillis() * 1_000_000), seconds(jvm.gcMillis() * 1_000_000)));
		printPipelineCpu(atStart, beforeReports.get() == null ? Clocks.now() : beforeReports.get(), cores, out);
		return new Measured(summary, pipeline);
	}

	/** The clocks a run is measured by at one moment: wall, the process's CPU, the JVM's own threads' CPU. */
	private record Clocks(long nanos, JvmTime jvm, ThreadCpu threads) {

		static Clocks now() {
			return new Clocks(System.nanoTime(), JvmTime.now(), ThreadCpu.now());
		}
	}

	/**
	 * What the run spent until its reports started (the part the targets measure), and how much of it the JIT's and
	 * the collector's threads ran: the work the run's own threads had the cores for is what is left.
	 */
	private void printPipelineCpu(Clocks start, Clocks end, int cores, PrintWriter out) {
		long cpu = end.jvm().since(start.jvm()).cpuNanos();
		ThreadCpu threads = end.threads().since(start.threads());
		String wall = seconds(end.nanos() - start.nanos());
		if (cpu < 0) {
			return;
		}
		if (threads.jitMillis() < 0) {
			out.println(messages.get("bench.pipelineCpuProcess", seconds(cpu), wall, cores));
			return;
		}
		out.println(messages.get("bench.pipelineCpu", seconds(cpu), wall, cores, seconds(threads.jitMillis() * 1_000_000),
				String.format(java.util.Locale.ROOT, "%.0f", threads.jitMillis() * 1e8 / Math.max(1, cpu)),
				seconds(threads.collectorMillis() * 1_000_000)));
	}

	private static long millis(RunSummary s, String step) {
		return s.stepDurations().getOrDefault(step, Duration.ZERO).toMillis();
	}

	private static String seconds(long nanos) {
		return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e9).replace('.', ',');
	}

	private static String perFile(long millis, long files) {
		return String.format(java.util.Locale.ROOT, "%.2f", millis / (double) Math.max(1, files)).replace('.', ',');
	}

	private static String ratio(long a, long b) {
		return String.format(java.util.Locale.ROOT, "%.2f", a / (double) Math.max(1, b)).replace('.', ',');
	}
}
