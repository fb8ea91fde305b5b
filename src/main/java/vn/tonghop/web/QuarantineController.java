package vn.tonghop.web;

import java.io.IOException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tonghop.intake.Quarantine;

/**
 * The files e-mailed by unknown senders: administrators and province staff (who may start runs for the whole tree)
 * assign each to a unit of their scope or discard it.
 */
@Controller
@ConditionalOnWebApplication
class QuarantineController {

	private final Quarantine quarantine;

	QuarantineController(Quarantine quarantine) {
		this.quarantine = quarantine;
	}

	@GetMapping("/quarantine")
	String page(Staff staff, Model model) {
		require(staff);
		model.addAttribute("held", quarantine.waiting());
		return "quarantine";
	}

	@PostMapping("/quarantine/{id}/assign")
	String assign(Staff staff, @PathVariable long id, @RequestParam String unit, RedirectAttributes redirect)
			throws IOException {
		require(staff);
		String code = staff.scope().tree().unitIgnoringCase(unit.strip()).map(u -> u.code()).orElse(unit.strip());
		try {
			boolean done = quarantine.assign(staff.scope(), id, code, staff.account().username());
			redirect.addFlashAttribute(done ? "noticeKey" : "errorKey", done ? "web.quarantine.assigned" : "web.quarantine.gone");
		}
		catch (vn.tonghop.intake.InboxFolderIsLink link) {
			redirect.addFlashAttribute("errorKey", "web.upload.folderIsLink");
		}
		return "redirect:/quarantine";
	}

	@PostMapping("/quarantine/{id}/discard")
	String discard(Staff staff, @PathVariable long id, RedirectAttributes redirect) throws IOException {
		require(staff);
		boolean done = quarantine.discard(id, staff.account().username());
		redirect.addFlashAttribute(done ? "noticeKey" : "errorKey", done ? "web.quarantine.discarded" : "web.quarantine.gone");
		return "redirect:/quarantine";
	}

	private static void require(Staff staff) {
		if (!staff.mayStartRuns()) {
			throw new NotFoundException();
		}
	}
}
