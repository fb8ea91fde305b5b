package vn.tonghop.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tonghop.outputs.Publications;
import vn.tonghop.outputs.ReportService;
import vn.tonghop.reporttext.ReportEditRejected;
import vn.tonghop.reporttext.ReportPart;
import vn.tonghop.reporttext.ReportTexts;

/**
 * A unit's report as staff finish it: each section's draft written from the figures, which staff of the unit (or
 * above) write over, save, or take back to the draft in one click; and the report's settings (number, date, place,
 * signer, recipients…). Every save renders the unit's report again, so the PDF and DOCX to download hold it.
 */
@Controller
@ConditionalOnWebApplication
class ReportTextController {

	static final List<ReportPart> SECTIONS = Arrays.stream(ReportPart.values()).filter(ReportPart::isSection).toList();

	static final List<ReportPart> SETTINGS = Arrays.stream(ReportPart.values()).filter(p -> !p.isSection()).toList();

	private final ReportTexts texts;

	private final ReportService reports;

	private final Publications publications;

	ReportTextController(ReportTexts texts, ReportService reports, Publications publications) {
		this.publications = publications;
		this.texts = texts;
		this.reports = reports;
	}

	@GetMapping("/reports/text/{unit}")
	String edit(Staff staff, @PathVariable String unit, Model model) {
		staff.scope().require(unit);
		Map<ReportPart, String> drafts = reports.drafts(staff.round(), unit).orElseThrow(NotFoundException::new);
		model.addAttribute("unit", staff.scope().tree().unit(unit).orElseThrow(NotFoundException::new));
		// Keyed by the part's name: the page's expressions index maps by string.
		model.addAttribute("drafts", byName(drafts));
		model.addAttribute("edits", byName(texts.of(staff.round().code(), unit).values()));
		model.addAttribute("sections", SECTIONS);
		model.addAttribute("settings", SETTINGS);
		model.addAttribute("history", texts.history(staff.round().code(), unit).stream().limit(50).toList());
		model.addAttribute("publications", publications.of(staff.round().code(), unit));
		return "report-text";
	}

	private static Map<String, String> byName(Map<ReportPart, String> values) {
		Map<String, String> named = new java.util.HashMap<>();
		values.forEach((part, value) -> named.put(part.name(), value));
		return named;
	}

	@PostMapping("/reports/text/{unit}")
	String save(Staff staff, @PathVariable String unit, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) throws IOException {
		staff.scope().require(unit);
		Map<String, String> drafts = byName(reports.drafts(staff.round(), unit).orElseThrow(NotFoundException::new));
		Map<ReportPart, String> values = new EnumMap<>(ReportPart.class);
		for (ReportPart part : ReportPart.values()) {
			String value = form.get(part.name());
			if (value != null) {
				// A section sent back as its draft, unchanged, is not the staff's text: it stays the draft.
				boolean asDrafted = part.isSection()
						&& java.util.Objects.equals(ReportTexts.canonical(value), ReportTexts.canonical(drafts.get(part.name())));
				values.put(part, asDrafted ? "" : value);
			}
		}
		try {
			texts.save(staff.scope(), staff.round().code(), unit, values, staff.account().username());
		}
		catch (ReportEditRejected rejected) {
			redirect.addFlashAttribute("errorKey", rejected.key());
			redirect.addFlashAttribute("errorArgs", rejected.args());
			return "redirect:/reports/text/" + unit;
		}
		rendered(staff, unit, redirect, "web.reportText.saved");
		return "redirect:/reports/text/" + unit;
	}

	@PostMapping("/reports/text/{unit}/draft")
	String backToDraft(Staff staff, @PathVariable String unit, @RequestParam ReportPart part,
			RedirectAttributes redirect) throws IOException {
		texts.revert(staff.scope(), staff.round().code(), unit, part, staff.account().username());
		rendered(staff, unit, redirect, "web.reportText.reverted");
		return "redirect:/reports/text/" + unit;
	}

	/** Renders the unit's report again; says so, or that it could not be made, with the failure's reference. */
	private void rendered(Staff staff, String unit, RedirectAttributes redirect, String noticeKey) throws IOException {
		String failure = reports.renderLatest(staff.round(), Optional.of(unit))
			.map(r -> r.failed().get(unit)).orElse(null);
		if (failure == null) {
			redirect.addFlashAttribute("noticeKey", noticeKey);
		}
		else {
			redirect.addFlashAttribute("errorKey", "web.reportText.notRendered");
			redirect.addFlashAttribute("errorArgs", List.of(failure));
		}
	}
}
