package vn.tonghop.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.tonghop.batch.RunLauncher;
import vn.tonghop.batch.RunOverview;
import vn.tonghop.consolidation.Completeness;
import vn.tonghop.intake.ReceivedFiles;
import vn.tonghop.workflow.Reporting;
import vn.tonghop.workflow.ReportingText;
import vn.tonghop.outputs.ReportService;

/** The morning page: the latest run, and who has reported, unit by unit down the tree. */
@Controller
@ConditionalOnWebApplication
class DashboardController {

	private final RunOverview runs;

	private final RunLauncher launcher;

	private final Completeness completeness;

	private final ReportService reports;

	private final MessageSource messages;

	private final ReceivedFiles files;

	private final Reporting reporting;

	private final vn.tonghop.outputs.DiskGuard disk;

	private final ReportingText reportingText;

	private final vn.tonghop.intake.DeferredFiles deferred;

	DashboardController(RunOverview runs, RunLauncher launcher, Completeness completeness, ReportService reports,
			MessageSource messages, ReceivedFiles files, Reporting reporting, ReportingText reportingText,
			vn.tonghop.outputs.DiskGuard disk, vn.tonghop.intake.DeferredFiles deferred) {
		this.deferred = deferred;
		this.disk = disk;
		this.reporting = reporting;
		this.reportingText = reportingText;
		this.files = files;
		this.runs = runs;
		this.launcher = launcher;
		this.completeness = completeness;
		this.reports = reports;
		this.messages = messages;
	}

	@GetMapping("/")
	String dashboard(Staff staff, @RequestParam(required = false) String unit, Model model) {
		String unitCode = unit == null || unit.isBlank() ? staff.scope().unitCode() : unit;
		int year = staff.round().form().lastYear();
		model.addAttribute("latest", runs.latest(staff.round().code()).orElse(null));
		// The files of the person's own scope, counted as the files page lists them, so each count opens its list.
		model.addAttribute("counts", files.counts(staff.scope(), staff.round().code(), staff.account().username()));
		model.addAttribute("statuses", ReceivedFiles.STATUSES);
		// Beside them, what the round's latest run left in the person's folders unread (listed on the files page).
		model.addAttribute("deferred", reports.latestRun(staff.round())
			.map(runId -> deferred.of(runId, staff.scope()))
			.map(page -> page.files().size() + page.notShown())
			.orElse(0));
		model.addAttribute("running", launcher.isBusy());
		try {
			model.addAttribute("diskLine", messages.getMessage("web.dashboard.disk", new Object[] {
					disk.dataBytes() / 1_000_000, disk.freeBytes() / 1_000_000 }, LocaleContextHolder.getLocale()));
		}
		catch (java.io.IOException unmeasured) {
			// The line is left out; the run itself checks the space again.
		}
		model.addAttribute("year", year);
		if (unitCode != null) {
			staff.scope().require(unitCode);
			var current = staff.scope().tree().unit(unitCode).orElseThrow();
			model.addAttribute("unit", current);
			// On time, late and not yet for the unit's CĐCS, by the round's deadline: the "Tiến độ" page in a line.
			model.addAttribute("reportingLines", reportingText.counts(reporting.counting(staff.round(), staff.scope(),
					unitCode)));
			Optional.ofNullable(current.parentCode())
				.filter(staff.scope()::includes)
				.flatMap(staff.scope().tree()::unit)
				.ifPresent(parent -> model.addAttribute("parent", parent));
			reports.latestRun(staff.round()).ifPresent(runId -> model.addAttribute("rows",
					completeness.ofChildren(staff.scope(), unitCode, staff.round().code(), runId, year)));
		}
		return "dashboard";
	}

	/** Polled by the dashboard while a run is going; the page updates its bar without reloading. */
	@GetMapping("/api/progress")
	@ResponseBody
	Map<String, Object> progress(Staff staff) {
		Map<String, Object> body = new LinkedHashMap<>();
		var latest = runs.latest();
		boolean running = launcher.isBusy() || latest.map(RunOverview.RunView::isRunning).orElse(false);
		body.put("running", running);
		var locale = LocaleContextHolder.getLocale();
		if (running && latest.isPresent() && latest.get().isRunning()) {
			var run = latest.get();
			body.put("done", run.filesDone());
			body.put("total", run.filesTotal());
			body.put("text", messages.getMessage("web.progress.running",
					new Object[] { run.id(), run.filesDone(), run.filesTotal() }, locale));
		}
		else {
			body.put("text", messages.getMessage(running ? "web.progress.starting" : "web.progress.done", null, locale));
		}
		return body;
	}
}
