package vn.tonghop.rounds;

import java.util.List;

/** A round cannot be created or chosen as asked; the message key and arguments say why, for the faces to word. */
public class RoundRejected extends RuntimeException {

	private final String key;

	private final List<String> args;

	RoundRejected(String key, Object... args) {
		super(key);
		this.key = key;
		this.args = java.util.Arrays.stream(args).map(String::valueOf).toList();
	}

	public String key() {
		return key;
	}

	public Object[] messageArgs() {
		return args.toArray();
	}
}
