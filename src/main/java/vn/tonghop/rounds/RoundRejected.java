package vn.tonghop.rounds;

import java.util.List;

/** A round cannot be created or chosen as asked; the message key and arguments say why, for the faces to word. */
public class RoundRejected extends RuntimeException {

	private final String key;

	private final List<String> args;

	private final Long line;

	RoundRejected(String key, Object... args) {
		this(null, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
	}

	private RoundRejected(Long line, String key, List<String> args) {
		super(key);
		this.key = key;
		this.args = args;
		this.line = line;
	}

	/** The same refusal, of a line of a rounds file. */
	RoundRejected atLine(long number) {
		return new RoundRejected(number, key, args);
	}

	/** The line of the rounds file it comes from, if it comes from one. */
	public java.util.Optional<Long> line() {
		return java.util.Optional.ofNullable(line);
	}

	public String key() {
		return key;
	}

	public Object[] messageArgs() {
		return args.toArray();
	}
}
