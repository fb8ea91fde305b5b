package vn.tonghop.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header shows: who is signed in and on which part of the tree. */
@ControllerAdvice
@ConditionalOnWebApplication
class LayoutAdvice {

	private final WebConfiguration web;

	LayoutAdvice(WebConfiguration web) {
		this.web = web;
	}

	@ModelAttribute("staff")
	Staff staff() {
		return web.currentStaff();
	}
}
