package vn.tonghop.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.tonghop.rounds.Round;
import vn.tonghop.rounds.Rounds;

/** What every page's header shows: who is signed in, on which round and on which part of its tree. */
@ControllerAdvice
@ConditionalOnWebApplication
class LayoutAdvice {

	private final WebConfiguration web;

	private final Rounds rounds;

	LayoutAdvice(WebConfiguration web, Rounds rounds) {
		this.web = web;
		this.rounds = rounds;
	}

	@ModelAttribute("staff")
	Staff staff() {
		return web.currentStaff();
	}

	/** The rounds the header's picker offers, in the order they were created. */
	@ModelAttribute("rounds")
	java.util.List<Round> rounds() {
		return web.currentStaff() == null ? java.util.List.of() : rounds.all();
	}

	/** Where the picker returns to: the page it was used on. */
	@ModelAttribute("currentPath")
	String currentPath(jakarta.servlet.http.HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getRequestURI().substring(request.getContextPath().length()) + (query == null ? "" : "?" + query);
	}
}
