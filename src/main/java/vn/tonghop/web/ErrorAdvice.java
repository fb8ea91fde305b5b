package vn.tonghop.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import vn.tonghop.orgunit.OutOfScopeException;

/**
 * Errors as pages a person can read: a unit outside one's scope is "not found" (it does not reveal that the unit
 * exists), an oversized upload goes back to the upload page with the limit. Stack traces stay in the log.
 */
@ControllerAdvice
@ConditionalOnWebApplication
class ErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

	@ExceptionHandler(OutOfScopeException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String outOfScope(OutOfScopeException ex, org.springframework.ui.Model model) {
		log.info("Refused: {}", ex.getMessage());
		model.addAttribute("status", 404);
		return "error";
	}

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(org.springframework.ui.Model model) {
		model.addAttribute("status", 404);
		return "error";
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge() {
		return "redirect:/upload?tooLarge";
	}
}
