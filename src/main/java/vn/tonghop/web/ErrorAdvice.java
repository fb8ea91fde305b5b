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

	/** An original asked for whose archived bytes are not what was received: said so, with the log's reference. */
	@ExceptionHandler(vn.tonghop.intake.ArchiveDamaged.class)
	String archiveDamaged(vn.tonghop.intake.ArchiveDamaged ex, jakarta.servlet.http.HttpServletResponse response,
			org.springframework.ui.Model model) {
		return failed(vn.tonghop.finding.FileFailures.logged("WEB", "An archived content", "ARCHIVE", ex),
				"web.error.archiveDamaged", response, model);
	}

	/**
	 * Anything else a request meets is the system's fault: logged once with a reference, which the page gives, so
	 * that the person can hand it to whoever reads the log (which holds every request's failures). Spring's own
	 * answers are passed on, rethrown, to its resolver: those that carry their status (a wrong method, a missing
	 * parameter) and the two 4xx that do not (a value of the wrong type, a body that cannot be read); so are Spring
	 * Security's refusals and a browser that went away.
	 */
	@ExceptionHandler(Exception.class)
	String unexpected(Exception ex, jakarta.servlet.http.HttpServletRequest request,
			jakarta.servlet.http.HttpServletResponse response, org.springframework.ui.Model model) throws Exception {
		if (ex instanceof org.springframework.web.ErrorResponse || ex instanceof org.springframework.beans.TypeMismatchException
				|| ex instanceof org.springframework.http.converter.HttpMessageNotReadableException
				|| ex instanceof org.springframework.security.access.AccessDeniedException
				|| ex instanceof org.springframework.security.core.AuthenticationException
				|| org.springframework.core.annotation.AnnotatedElementUtils.hasAnnotation(ex.getClass(),
						ResponseStatus.class)
				|| org.springframework.web.util.DisconnectedClientHelper.isClientDisconnectedException(ex)) {
			throw ex;
		}
		return failed(vn.tonghop.finding.FileFailures.logged("WEB",
				"The request " + request.getMethod() + " " + request.getRequestURI(), "WEB", ex), null, response, model);
	}

	/** @param messageKey what the page says instead of {@code web.error.500}; null for that */
	private static String failed(String reference, String messageKey, jakarta.servlet.http.HttpServletResponse response,
			org.springframework.ui.Model model) {
		response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
		model.addAttribute("status", 500);
		model.addAttribute("reference", reference);
		model.addAttribute("messageKey", messageKey);
		return "error";
	}
}
