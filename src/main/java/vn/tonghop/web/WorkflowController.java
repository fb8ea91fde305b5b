package vn.tonghop.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tonghop.batch.RunLauncher;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.system.Messages;
import vn.tonghop.workflow.LockRejected;
import vn.tonghop.workflow.Locks;
import vn.tonghop.workflow.MissingWorkbook;
import vn.tonghop.workflow.Reminders;
import vn.tonghop.workflow.Reporting;
import vn.tonghop.workflow.ReportingStatus;
import vn.tonghop.workflow.ReportingText;
import vn.tonghop.workflow.RoundLock;

/**
 * "Tiến độ": who has reported under a unit of the user's scope (on time, late, and the "Chưa báo cáo" list with
 * whom to call), its export to Excel and its plain-text copy, reminders by e-mail, and the round's confirmations and
 * locks with their reopening.
 */
@Controller
@ConditionalOnWebApplication
class WorkflowController {

	private final Reporting reporting;

	private final ReportingText text;

	private final MissingWorkbook workbook;

	private final Locks locks;

	private final Reminders reminders;

	private final RunLauncher launcher;

	private final Messages messages;

	WorkflowController(Reporting reporting, ReportingText text, MissingWorkbook workbook, Locks locks,
			Reminders reminders, RunLauncher launcher, Messages messages) {
		this.reporting = reporting;
		this.text = text;
		this.workbook = workbook;
		this.locks = locks;
		this.reminders = reminders;
		this.launcher = launcher;
		this.messages = messages;
	}

	@GetMapping("/status")
	String status(Staff staff, @RequestParam(required = false) String unit, Model model) {
		String code = unitOf(staff, unit);
		ReportingStatus status = reporting.of(staff.round(), staff.scope(), code);
		model.addAttribute("status", status);
		model.addAttribute("text", text);
		model.addAttribute("plain", text.plain(status));
		model.addAttribute("units", staff.scope().units().stream()
			.filter(u -> !staff.scope().tree().children(u.code()).isEmpty())
			.toList());
		model.addAttribute("covering", locks.covering(staff.round().code(), staff.scope().tree(), code));
		model.addAttribute("locks", locks.of(staff.round().code()).stream()
			.filter(l -> staff.scope().includes(l.unitCode()))
			.toList());
		model.addAttribute("mailEnabled", reminders.isEnabled());
		model.addAttribute("mails", reminders.recorded(staff.round().code(), 200).stream()
			.filter(m -> m.unitCode() == null || staff.scope().includes(m.unitCode()))
			.limit(50)
			.toList());
		return "status";
	}

	@GetMapping("/status/export")
	ResponseEntity<byte[]> export(Staff staff, @RequestParam(required = false) String unit) throws IOException {
		String code = unitOf(staff, unit);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(reporting.of(staff.round(), staff.scope(), code), out);
		String name = "chua-bao-cao-" + staff.round().code() + "-" + code + ".xlsx";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(out.toByteArray());
	}

	@PostMapping("/status/remind")
	String remind(Staff staff, @RequestParam String unit, RedirectAttributes redirect) {
		String code = unitOf(staff, unit);
		if (!reminders.isEnabled()) {
			redirect.addFlashAttribute("errorKey", "web.status.mailOff");
		}
		else {
			Reminders.Sent sent = reminders.remind(staff.round(), staff.scope(), code, staff.account().username());
			redirect.addFlashAttribute(sent.failed() > 0 ? "errorText" : "noticeText",
					messages.get("web.status.reminded", sent.sent(), sent.failed(), sent.withoutAddress()));
		}
		return "redirect:/status?unit=" + code;
	}

	@PostMapping("/locks")
	String lock(Staff staff, @RequestParam String unit, @RequestParam RoundLock.Kind kind,
			RedirectAttributes redirect) {
		String code = unitOf(staff, unit);
		try {
			locks.lock(staff.round(), staff.scope(), code, kind, staff.account().username());
			redirect.addFlashAttribute("noticeText", messages.get("web.status.locked." + kind.name(), code));
		}
		catch (LockRejected rejected) {
			redirect.addFlashAttribute("errorText", messages.get(rejected.key(), rejected.args()));
		}
		return "redirect:/status?unit=" + code;
	}

	@PostMapping("/locks/{id}/reopen")
	String reopen(Staff staff, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
			@RequestParam String unit, RedirectAttributes redirect) {
		String code = unitOf(staff, unit);
		if (launcher.isBusy()) {
			// A release while a run rolls up could be counted by it and again by the next.
			redirect.addFlashAttribute("errorKey", "workflow.reopen.running");
			return "redirect:/status?unit=" + code;
		}
		try {
			int released = locks.reopen(staff.round(), staff.scope(), id, reason, staff.account().username());
			redirect.addFlashAttribute("noticeText", messages.get("web.status.reopened", released));
		}
		catch (LockRejected rejected) {
			redirect.addFlashAttribute("errorText", messages.get(rejected.key(), rejected.args()));
		}
		return "redirect:/status?unit=" + code;
	}

	/** The unit asked for when it is in scope, else the user's own unit (the top unit for the whole tree). */
	private static String unitOf(Staff staff, String unit) {
		if (unit != null && !unit.isBlank()) {
			staff.scope().require(unit);
			return unit;
		}
		if (staff.scope().unitCode() != null) {
			return staff.scope().unitCode();
		}
		List<OrgUnit> tops = staff.scope().tree().units().stream().filter(u -> u.parentCode() == null).toList();
		if (tops.isEmpty()) {
			throw new NotFoundException();
		}
		return tops.get(0).code();
	}
}
