package vn.tonghop.web;

import jakarta.servlet.http.HttpSession;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tonghop.rounds.Rounds;

/**
 * The round picker of the page header: the round chosen is kept for the session, and every page then shows that
 * round's files, figures, reports and tree. An unknown code changes nothing.
 */
@Controller
@ConditionalOnWebApplication
class RoundController {

	private final Rounds rounds;

	RoundController(Rounds rounds) {
		this.rounds = rounds;
	}

	@PostMapping("/round")
	String choose(@RequestParam String code, @RequestParam(defaultValue = "/") String back, HttpSession session) {
		rounds.find(code).ifPresent(round -> session.setAttribute(WebConfiguration.ROUND_ATTRIBUTE, round.code()));
		// Back to a page of this application only: a path, never another site.
		boolean local = back.startsWith("/") && !back.startsWith("//") && !back.contains("\\");
		return "redirect:" + (local ? back : "/");
	}
}
