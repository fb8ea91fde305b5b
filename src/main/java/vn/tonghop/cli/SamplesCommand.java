package vn.tonghop.cli;


import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.tonghop.sampledata.SampleDataGenerator;
import vn.tonghop.system.Messages;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code samples --out <dir>}: regenerate the sample data set deterministically. */
@CliCommand
@Command(name = "samples", mixinStandardHelpOptions = true)
class SamplesCommand implements Callable<Integer> {

	private final SampleDataGenerator generator;

	private final Messages messages;

	@Spec
	CommandSpec spec;

	@Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "tonghop.samples.out")
	Path out;

	@Option(names = "--seed", paramLabel = "N", descriptionKey = "tonghop.samples.seed")
	long seed = SampleDataGenerator.DEFAULT_SEED;

	SamplesCommand(SampleDataGenerator generator, Messages messages) {
		this.generator = generator;
		this.messages = messages;
	}

	@Override
	public Integer call() throws IOException {
		SampleDataGenerator.Summary summary = generator.generate(out, seed);
		spec.commandLine()
			.getOut()
			.println(messages.get("cli.samples.written", summary.units(), summary.grassroots(), summary.forms(),
					summary.defective(), out.toAbsolutePath()));
		return 0;
	}
}
