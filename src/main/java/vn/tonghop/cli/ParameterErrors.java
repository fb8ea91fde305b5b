package vn.tonghop.cli;

import java.io.PrintWriter;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import vn.tonghop.system.Messages;

/**
 * A command line picocli cannot parse, said in the installation's language: picocli's own sentences ("Missing
 * required option", "Unmatched argument", "Did you mean") are English whatever the resource bundle. As picocli does,
 * the command's usage follows unless there are suggestions, and the exit code is the one for invalid input (2).
 */
final class ParameterErrors implements CommandLine.IParameterExceptionHandler {

	private final Messages messages;

	ParameterErrors(Messages messages) {
		this.messages = messages;
	}

	@Override
	public int handleParseException(ParameterException ex, String[] args) {
		CommandLine command = ex.getCommandLine();
		PrintWriter err = command.getErr();
		err.println(messages.get("cli.error", sentence(ex, List.of(args))));
		if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
			err.println(messages.get("cli.args.didYouMean", String.join(", ", unmatched.getSuggestions())));
		}
		else {
			command.usage(err);
		}
		return command.getCommandSpec().exitCodeOnInvalidInput();
	}

	private String sentence(ParameterException ex, List<String> args) {
		if (ex instanceof UnmatchedArgumentException unmatched) {
			return messages.get(unmatched.isUnknownOption() ? "cli.args.unknownOption" : "cli.args.unmatched",
					String.join(" ", unmatched.getUnmatched()));
		}
		if (ex instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
			ArgSpec first = missing.getMissing().get(0);
			String name = nameOf(first);
			// Given without its value ("--inbox" last), or not given at all.
			boolean given = first instanceof OptionSpec option
					&& args.stream().anyMatch(a -> List.of(option.names()).contains(a.split("=", 2)[0]));
			return given ? messages.get("cli.args.missingValue", name, first.paramLabel())
					: messages.get(first instanceof OptionSpec ? "cli.args.missing" : "cli.args.missingParameter",
							String.join(", ", missing.getMissing().stream().map(ParameterErrors::withLabel).toList()));
		}
		if (ex.getArgSpec() != null && ex.getValue() != null) {
			return messages.get("cli.args.invalidValue", ex.getValue(), nameOf(ex.getArgSpec()));
		}
		return messages.get("cli.args.invalid", ex.getMessage());
	}

	private static String withLabel(ArgSpec spec) {
		return spec instanceof OptionSpec ? nameOf(spec) + "=" + spec.paramLabel() : spec.paramLabel();
	}

	private static String nameOf(ArgSpec spec) {
		return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
	}
}
