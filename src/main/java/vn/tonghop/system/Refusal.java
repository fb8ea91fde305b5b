package vn.tonghop.system;

/**
 * An action refused for a reason the person can act on: the message key that says why and what to do, with its
 * arguments, for the page or the command line to put in words.
 */
public abstract class Refusal extends RuntimeException {

	private final String key;

	private final transient Object[] args;

	protected Refusal(String key, Object... args) {
		super(key);
		this.key = key;
		this.args = args;
	}

	public String key() {
		return key;
	}

	public Object[] args() {
		return args;
	}
}
