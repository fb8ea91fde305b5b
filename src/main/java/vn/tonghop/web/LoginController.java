package vn.tonghop.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.tonghop.account.AccountSettings;

@Controller
@ConditionalOnWebApplication
class LoginController {

	private final AccountSettings settings;

	LoginController(AccountSettings settings) {
		this.settings = settings;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("lockoutMinutes", settings.lockout().toMinutes());
		return "login";
	}
}
