package vn.tonghop.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tonghop.batch.RunLauncher;
import vn.tonghop.batch.RunOverview;

@Controller
@ConditionalOnWebApplication
class RunsController {

	private final RunOverview runs;

	private final RunLauncher launcher;

	RunsController(RunOverview runs, RunLauncher launcher) {
		this.runs = runs;
		this.launcher = launcher;
	}

	@GetMapping("/runs")
	String runs(Staff staff, Model model) {
		model.addAttribute("runs", runs.recent(staff.round().code(), 100));
		return "runs";
	}

	/** "Chạy tổng hợp ngay": refused with a message while a run is going, never queued. */
	@PostMapping("/runs")
	String runNow(Staff staff, RedirectAttributes redirect) {
		if (!staff.mayStartRuns()) {
			redirect.addFlashAttribute("errorKey", "web.run.notAllowed");
		}
		else if (launcher.startInBackground(staff.account().username())) {
			redirect.addFlashAttribute("noticeKey", "web.run.started");
		}
		else {
			redirect.addFlashAttribute("errorKey", "web.run.busy");
		}
		return "redirect:/";
	}
}
