package vn.tonghop.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tonghop.account.AccountService;
import vn.tonghop.account.PasswordRejectedException;
import vn.tonghop.account.Role;

/** One's own password; the administrator's list of users. */
@Controller
@ConditionalOnWebApplication
class AccountController {

	private final AccountService accounts;

	AccountController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/account/password")
	String passwordForm() {
		return "password";
	}

	@PostMapping("/account/password")
	String changePassword(Staff staff, @RequestParam String current, @RequestParam String replacement,
			@RequestParam String repeat, Model model, RedirectAttributes redirect) {
		if (!replacement.equals(repeat)) {
			model.addAttribute("errorKey", "web.password.mismatch");
			return "password";
		}
		try {
			accounts.changePassword(staff.account().username(), current, replacement);
		}
		catch (PasswordRejectedException rejected) {
			model.addAttribute("errorKey", rejected.messageKey());
			return "password";
		}
		redirect.addFlashAttribute("noticeKey", "web.password.changed");
		return "redirect:/";
	}

	@GetMapping("/admin/users")
	String users(Model model) {
		model.addAttribute("users", accounts.all());
		model.addAttribute("roles", Role.values());
		return "users";
	}

	@PostMapping("/admin/users")
	String createUser(@RequestParam String username, @RequestParam String displayName, @RequestParam Role role,
			@RequestParam(defaultValue = "") String unitCode, @RequestParam String password, Model model,
			RedirectAttributes redirect) {
		try {
			accounts.create(username.strip(), displayName.strip(), role, unitCode.strip(), password);
		}
		catch (PasswordRejectedException rejected) {
			model.addAttribute("errorKey", rejected.messageKey());
			return users(model);
		}
		redirect.addFlashAttribute("created", username.strip());
		return "redirect:/admin/users";
	}
}
