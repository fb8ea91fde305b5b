package vn.tonghop.workbook;

/** A file the reader cannot read as a workbook, with the message key of the E1 finding that says why. */
final class UnreadableWorkbookException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String key;

	UnreadableWorkbookException(String key) {
		super(key, null, false, false);
		this.key = key;
	}

	String key() {
		return key;
	}
}
