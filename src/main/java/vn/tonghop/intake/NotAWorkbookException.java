package vn.tonghop.intake;

/** An upload that is not an Excel workbook by its name or by its content; nothing of it is kept. */
public class NotAWorkbookException extends RuntimeException {

	private final String fileName;

	NotAWorkbookException(String fileName) {
		super(fileName + " is not an Excel workbook");
		this.fileName = fileName;
	}

	public String fileName() {
		return fileName;
	}
}
