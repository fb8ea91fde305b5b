package vn.tonghop.cli;


import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.tonghop.bench.Benchmark;
import vn.tonghop.sampledata.SampleDataGenerator;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code bench --cdcs N [--work DIR] [--live-heap]}: the performance benchmark, on a fresh data directory. */
@CliCommand
@Command(name = "bench", mixinStandardHelpOptions = true)
class BenchCommand implements Callable<Integer> {

	private final Benchmark benchmark;

	@Spec
	CommandSpec spec;

	@Option(names = "--cdcs", required = true, paramLabel = "N", descriptionKey = "tonghop.bench.cdcs")
	int count;

	@Option(names = "--work", paramLabel = "DIR", descriptionKey = "tonghop.bench.work")
	Path work = Path.of("target/bench");

	@Option(names = "--seed", paramLabel = "N", descriptionKey = "tonghop.samples.seed")
	long seed = SampleDataGenerator.DEFAULT_SEED;

	@Option(names = "--live-heap", descriptionKey = "tonghop.bench.liveHeap")
	boolean liveHeap;

	BenchCommand(Benchmark benchmark) {
		this.benchmark = benchmark;
	}

	@Override
	public Integer call() throws Exception {
		benchmark.run(count, work, seed, liveHeap, spec.commandLine().getOut());
		return 0;
	}
}
