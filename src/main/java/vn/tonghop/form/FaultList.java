package vn.tonghop.form;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The faults found while checking a definition, each named by its entry's path (dot-separated; an element of a list
 * is named by its {@code code} or {@code id}); {@link #resolve} finds each one's line in the file.
 */
final class FaultList {

	private record Pending(String path, String key, List<String> args) {
	}

	private final List<Pending> pending = new ArrayList<>();

	void add(String path, String key, Object... args) {
		pending.add(new Pending(path, key, Arrays.stream(args).map(String::valueOf).toList()));
	}

	boolean isEmpty() {
		return pending.isEmpty();
	}

	List<FormFault> resolve(YamlLines lines) {
		return pending.stream()
			.map(p -> new FormFault(lines.lineOf(p.path()), p.path(), p.key(), p.args()))
			.toList();
	}
}
