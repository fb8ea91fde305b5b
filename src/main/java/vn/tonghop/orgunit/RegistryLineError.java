package vn.tonghop.orgunit;

import java.util.List;

/** One fault of a registry file: its line (1 = header) and a message key with its arguments. */
public record RegistryLineError(long line, String key, List<Object> args) {

	static RegistryLineError of(long line, String key, Object... args) {
		return new RegistryLineError(line, key, List.of(args));
	}

	/** Arguments for the message, the line number first. */
	public Object[] messageArgs() {
		Object[] all = new Object[args.size() + 1];
		all[0] = String.valueOf(line);
		for (int i = 0; i < args.size(); i++) {
			all[i + 1] = args.get(i);
		}
		return all;
	}
}
