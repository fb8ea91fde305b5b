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

	private final vn.tonghop.outputs.DiskGuard disk;

	private final vn.tonghop.rounds.Rounds rounds;

	private final vn.tonghop.system.Messages messages;

	RunsController(RunOverview runs, RunLauncher launcher, vn.tonghop.outputs.DiskGuard disk,
			vn.tonghop.rounds.Rounds rounds, vn.tonghop.system.Messages messages) {
		this.runs = runs;
		this.launcher = launcher;
		this.disk = disk;
		this.rounds = rounds;
		this.messages = messages;
	}

	@GetMapping("/runs")
	String runs(Staff staff, Model model) {
		model.addAttribute("runs", runs.recent(staff.round().code(), 100));
		return "runs";
	}

	/** "Chạy tổng hợp ngay": refused with a message while a run is going, never queued. */
	@PostMapping("/runs")
	String runNow(Staff staff, RedirectAttributes redirect) throws java.io.IOException {
		var shortage = disk.check(rounds.open());
		if (!staff.mayStartRuns()) {
			redirect.addFlashAttribute("errorKey", "web.run.notAllowed");
		}
		else if (shortage.isPresent()) {
			// Refused here, where the person who asked reads why; the run itself would refuse the same way.
			redirect.addFlashAttribute("errorText", messages.get("run.diskFull", shortage.get().needed() / 1_000_000,
					shortage.get().free() / 1_000_000));
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
