package vn.tonghop.reporttext;

import java.util.List;

/** A value staff gave that cannot go into the report; {@code key} and {@code args} make its Vietnamese sentence. */
public class ReportEditRejected extends RuntimeException {

	private final String key;

	private final List<String> args;

	ReportEditRejected(String key, ReportPart part, String... args) {
		super(key + " " + part);
		this.key = key;
		this.args = List.of(args);
	}

	public String key() {
		return key;
	}

	public List<String> args() {
		return args;
	}
}
