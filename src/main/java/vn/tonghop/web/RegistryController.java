package vn.tonghop.web;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tonghop.orgunit.ImportSummary;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.orgunit.RegistryImportRejected;
import vn.tonghop.orgunit.UnitSearch;

/** The tree of units, read-only, searchable; the administrator imports a new registry file here. */
@Controller
@ConditionalOnWebApplication
class RegistryController {

	static final int MAX_SHOWN = 500;

	private final UnitSearch search;

	private final OrgRegistry registry;

	private final MessageSource messages;

	private final java.util.Map<String, String> sectorNames = new java.util.HashMap<>();

	RegistryController(UnitSearch search, OrgRegistry registry, MessageSource messages, vn.tonghop.form.Form form) {
		form.sectors().forEach(s -> sectorNames.put(s.code(), s.name()));
		this.search = search;
		this.registry = registry;
		this.messages = messages;
	}

	@GetMapping("/registry")
	String registry(Staff staff, @RequestParam(defaultValue = "") String q, Model model) {
		var units = q.isBlank() ? staff.scope().units().stream().limit(MAX_SHOWN + 1).toList()
				: search.search(staff.scope(), q, MAX_SHOWN + 1);
		model.addAttribute("units", units.stream().limit(MAX_SHOWN).toList());
		model.addAttribute("truncated", units.size() > MAX_SHOWN);
		model.addAttribute("maxShown", MAX_SHOWN);
		model.addAttribute("q", q);
		model.addAttribute("tree", staff.scope().tree());
		model.addAttribute("sectorNames", sectorNames);
		return "registry";
	}

	@PostMapping("/admin/registry")
	String importRegistry(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
		try (InputStream in = file.getInputStream()) {
			ImportSummary summary = registry.importCsv(in);
			redirect.addFlashAttribute("imported", java.util.List.of(summary.inserted(), summary.updated(),
					summary.unchanged()));
		}
		catch (RegistryImportRejected rejected) {
			var locale = LocaleContextHolder.getLocale();
			redirect.addFlashAttribute("importErrors", rejected.errors().stream()
				.map(e -> messages.getMessage(e.key(), e.messageArgs(), locale))
				.toList());
		}
		return "redirect:/registry";
	}
}
