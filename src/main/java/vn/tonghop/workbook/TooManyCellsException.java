package vn.tonghop.workbook;

/** The workbook holds more cells than the reader's bound; reading stopped there. */
class TooManyCellsException extends RuntimeException {

	TooManyCellsException() {
		super(null, null, false, false);
	}
}
