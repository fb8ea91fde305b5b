package vn.tonghop.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

import vn.tonghop.account.AccountAdministration;
import vn.tonghop.account.AccountService;
import vn.tonghop.account.PasswordRejectedException;
import vn.tonghop.account.Role;

/** One's own password; the administrator's list of users. */
@Controller
@ConditionalOnWebApplication
class AccountController {

	private final AccountService accounts;

	private final AccountAdministration administration;

	AccountController(AccountService accounts, AccountAdministration administration) {
		this.accounts = accounts;
		this.administration = administration;
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

	/** The roles in the order the form offers them: the least privileged first, and so the default. */
	static final List<Role> ROLES = List.of(Role.STAFF, Role.ADMIN);

	@GetMapping("/admin/users")
	String users(Model model) {
		model.addAttribute("users", accounts.all());
		model.addAttribute("roles", ROLES);
		model.addAttribute("events", administration.latestEvents());
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", new Typed("", "", Role.STAFF, ""));
		}
		return "users";
	}

	/** What the administrator typed into the new-user form, shown again after an error (never the password). */
	record Typed(String username, String displayName, Role role, String unitCode) {
	}

	@PostMapping("/admin/users")
	String createUser(Staff staff, @RequestParam String username, @RequestParam String displayName,
			@RequestParam Role role, @RequestParam(defaultValue = "") String unitCode, @RequestParam String password,
			Model model, RedirectAttributes redirect) {
		try {
			administration.create(staff.account().username(), username.strip(), displayName.strip(), role,
					unitCode.strip(), password);
		}
		catch (PasswordRejectedException rejected) {
			model.addAttribute("errorKey", rejected.messageKey());
			model.addAttribute("typed", new Typed(username, displayName, role, unitCode));
			return users(model);
		}
		redirect.addFlashAttribute("created", username.strip());
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{username}/reset")
	String reset(Staff staff, @PathVariable String username, RedirectAttributes redirect) {
		return act(redirect, () -> redirect.addFlashAttribute("newPassword",
				new String[] { username, administration.resetPassword(staff.account().username(), username) }));
	}

	@PostMapping("/admin/users/{username}/unlock")
	String unlock(Staff staff, @PathVariable String username, RedirectAttributes redirect) {
		return act(redirect, () -> {
			administration.unlock(staff.account().username(), username);
			redirect.addFlashAttribute("noticeKey", "web.users.unlocked");
		});
	}

	@PostMapping("/admin/users/{username}/disable")
	String disable(Staff staff, @PathVariable String username, @RequestParam boolean disabled,
			RedirectAttributes redirect) {
		return act(redirect, () -> {
			administration.setDisabled(staff.account().username(), username, disabled);
			redirect.addFlashAttribute("noticeKey", disabled ? "web.users.disabledDone" : "web.users.enabledDone");
		});
	}

	@PostMapping("/admin/users/{username}/change")
	String change(Staff staff, @PathVariable String username, @RequestParam Role role,
			@RequestParam(defaultValue = "") String unitCode, RedirectAttributes redirect) {
		return act(redirect, () -> {
			administration.change(staff.account().username(), username, role, unitCode.strip());
			redirect.addFlashAttribute("noticeKey", "web.users.changed");
		});
	}

	private static String act(RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
		}
		catch (PasswordRejectedException rejected) {
			redirect.addFlashAttribute("errorKey", rejected.messageKey());
		}
		return "redirect:/admin/users";
	}
}
