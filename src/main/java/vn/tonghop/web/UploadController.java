package vn.tonghop.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tonghop.intake.FileTooLargeException;
import vn.tonghop.intake.UploadService;
import vn.tonghop.validation.Finding;
import vn.tonghop.validation.FindingFormatter;

/** Sending files: into the inbox of the person's unit, each kept whole and never over an earlier one. */
@Controller
@ConditionalOnWebApplication
class UploadController {

	/** What became of one sent file, for the page after the redirect (kept in the session for one request). */
	record Sent(String name, String size, String storedAs, boolean renamed, boolean tooLarge, boolean checked,
			long errors, long warnings, List<FindingLine> findings) implements Serializable {
	}

	record FindingLine(boolean error, String severity, String location, String message) implements Serializable {
	}

	static final int MAX_FILES = 50;

	private final UploadService uploads;

	private final FindingFormatter formatter;

	private final WebFormat fmt;

	UploadController(UploadService uploads, FindingFormatter formatter, WebFormat fmt) {
		this.uploads = uploads;
		this.formatter = formatter;
		this.fmt = fmt;
	}

	@GetMapping("/upload")
	String form(Staff staff, Model model) {
		model.addAttribute("limit", fmt.size(uploads.maxFileBytes()));
		model.addAttribute("limitBytes", uploads.maxFileBytes());
		model.addAttribute("maxFiles", MAX_FILES);
		model.addAttribute("inboxUnit", staff.scope().tree().unit(staff.inboxUnit()).orElse(null));
		return "upload";
	}

	@PostMapping("/upload")
	String upload(Staff staff, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(defaultValue = "false") boolean checkNow, RedirectAttributes redirect) throws IOException {
		List<Sent> sent = new ArrayList<>();
		if (files != null && files.size() > MAX_FILES) {
			redirect.addFlashAttribute("tooMany", MAX_FILES);
			return "redirect:/upload";
		}
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			if (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
				continue;
			}
			sent.add(store(staff, file, checkNow));
		}
		if (sent.isEmpty()) {
			redirect.addFlashAttribute("errorKey", "web.upload.none");
		}
		redirect.addFlashAttribute("sent", sent);
		return "redirect:/upload";
	}

	private Sent store(Staff staff, MultipartFile file, boolean checkNow) throws IOException {
		String name = file.getOriginalFilename();
		String size = fmt.size(file.getSize());
		if (file.getSize() > uploads.maxFileBytes()) {
			return new Sent(name, size, null, false, true, false, 0, 0, List.of());
		}
		UploadService.Upload upload;
		try (InputStream in = file.getInputStream()) {
			upload = uploads.store(staff.scope(), staff.account().username(), staff.inboxUnit(), name, in);
		}
		catch (FileTooLargeException tooLarge) {
			return new Sent(name, size, null, false, true, false, 0, 0, List.of());
		}
		String storedAs = upload.inboxPath().substring(upload.inboxPath().indexOf('/') + 1);
		boolean renamed = !storedAs.equals(upload.originalName());
		if (!checkNow) {
			return new Sent(name, size, storedAs, renamed, false, false, 0, 0, List.of());
		}
		List<Finding> findings = uploads.check(upload, staff.scope());
		List<FindingLine> lines = findings.stream()
			.map(f -> new FindingLine(f.isError(), formatter.severity(f), formatter.location(f), formatter.message(f)))
			.toList();
		long errors = findings.stream().filter(Finding::isError).count();
		return new Sent(name, size, storedAs, renamed, false, true, errors, findings.size() - errors, lines);
	}
}
