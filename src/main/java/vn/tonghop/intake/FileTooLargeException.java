package vn.tonghop.intake;

/** An upload over the installation's size limit; nothing of it is kept. */
public class FileTooLargeException extends RuntimeException {

	private final String fileName;

	private final long limitBytes;

	FileTooLargeException(String fileName, long limitBytes) {
		super(fileName + " is larger than " + limitBytes + " bytes");
		this.fileName = fileName;
		this.limitBytes = limitBytes;
	}

	public String fileName() {
		return fileName;
	}

	public long limitBytes() {
		return limitBytes;
	}
}
