package vn.tonghop.web;

/** Nothing here for this URL (or nothing this person may see). */
class NotFoundException extends RuntimeException {

	NotFoundException() {
		super(null, null, false, false);
	}
}
