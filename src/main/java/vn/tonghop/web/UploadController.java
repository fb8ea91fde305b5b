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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tonghop.batch.RunLauncher;
import vn.tonghop.validation.FormCheck;
import vn.tonghop.intake.FileTooLargeException;
import vn.tonghop.intake.NotAWorkbookException;
import vn.tonghop.intake.UploadService;
import vn.tonghop.intake.ZippedForms;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingFormatter;

/** Sending files: into the inbox of the person's unit, each kept whole and never over an earlier one. */
@Controller
@ConditionalOnWebApplication
class UploadController {

	/** What the check says will become of a stored file in the next run. */
	enum Verdict {
		COUNT, COUNT_WITH_WARNINGS, HELD, RETURN, DUPLICATE
	}

	/**
	 * What became of one sent file, for the page after the redirect (kept in the session for one request).
	 *
	 * @param refusedKey the message key of why the file was not stored, or null when it was
	 * @param unit the unit the form names, as "name (code)", or null when it could not be read
	 * @param reason the first error, for "sẽ bị trả lại vì …"
	 * @param receivedOn the date the same content was received before, for a duplicate
	 */
	record Sent(String name, String size, String storedAs, boolean renamed, String refusedKey, Long uploadId,
			String unit, Verdict verdict, String reason, String receivedOn, long errors, long warnings,
			List<FindingLine> findings, List<String> refusedArgs) implements Serializable {

		static Sent refused(String name, String size, String key, String... args) {
			return new Sent(name, size, null, false, key, null, null, null, null, null, 0, 0, List.of(),
					List.of(args));
		}
	}

	record FindingLine(boolean error, String severity, String location, String message) implements Serializable {
	}

	static final int MAX_FILES = 50;

	private final UploadService uploads;

	private final FindingFormatter formatter;

	private final WebFormat fmt;

	private final RunLauncher launcher;

	private final FormCheck check;

	private final vn.tonghop.workflow.Locks locks;

	private final vn.tonghop.orgunit.OrgRegistry registry;

	private final vn.tonghop.rounds.Rounds rounds;

	/** The bound of a whole sending (the servlet container's), which a zip may fill alone. */
	private final long sendingLimit;

	UploadController(vn.tonghop.rounds.Rounds rounds, UploadService uploads, FindingFormatter formatter, WebFormat fmt,
			RunLauncher launcher, FormCheck check, vn.tonghop.workflow.Locks locks,
			vn.tonghop.orgunit.OrgRegistry registry,
			org.springframework.boot.servlet.autoconfigure.MultipartProperties multipart) {
		this.sendingLimit = multipart.getMaxRequestSize().toBytes();
		this.locks = locks;
		this.registry = registry;
		this.rounds = rounds;
		this.check = check;
		this.launcher = launcher;
		this.uploads = uploads;
		this.formatter = formatter;
		this.fmt = fmt;
	}

	@GetMapping("/upload")
	String form(Staff staff, Model model) {
		model.addAttribute("limit", fmt.size(uploads.maxFileBytes()));
		model.addAttribute("limitBytes", uploads.maxFileBytes());
		model.addAttribute("maxFiles", MAX_FILES);
		model.addAttribute("maxZipped", ZippedForms.MAX_WORKBOOKS);
		model.addAttribute("sendingLimit", fmt.size(sendingLimit));
		model.addAttribute("sendingLimitBytes", sendingLimit);
		model.addAttribute("inboxUnit", staff.scope().tree().unit(staff.inboxUnit()).orElse(null));
		model.addAttribute("mayStartRuns", staff.mayStartRuns());
		return "upload";
	}

	@PostMapping("/upload")
	String upload(Staff staff, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			RedirectAttributes redirect) throws IOException {
		List<Sent> sent = new ArrayList<>();
		ZipUpload zips = new ZipUpload(ZippedForms.MAX_WORKBOOKS);
		if (files != null && files.size() > MAX_FILES) {
			redirect.addFlashAttribute("tooMany", MAX_FILES);
			return "redirect:/upload";
		}
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			if (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
				continue;
			}
			if (ZippedForms.isZipName(file.getOriginalFilename())) {
				sent.addAll(zips.unpack(file, fmt.size(file.getSize()),
						(shown, name, in) -> store(staff, shown, name, file.getOriginalFilename(), null, in)));
			}
			else if (ZippedForms.isOtherArchiveName(file.getOriginalFilename())) {
				sent.add(Sent.refused(file.getOriginalFilename(), fmt.size(file.getSize()), "web.upload.zipOther",
						file.getOriginalFilename()));
			}
			else {
				sent.add(store(staff, file));
			}
		}
		if (sent.isEmpty()) {
			redirect.addFlashAttribute("errorKey", "web.upload.none");
		}
		redirect.addFlashAttribute("sent", sent);
		return "redirect:/upload";
	}

	/** Stores one file and checks it at once, as the night's run will read it: unit, verdict and findings. */
	private Sent store(Staff staff, MultipartFile file) throws IOException {
		String name = file.getOriginalFilename();
		String size = fmt.size(file.getSize());
		if (file.getSize() > uploads.maxFileBytes()) {
			return Sent.refused(name, size, "web.upload.tooLargeOne");
		}
		try (InputStream in = file.getInputStream()) {
			return store(staff, name, name, null, size, in);
		}
	}

	/**
	 * Stores one workbook sent by itself or inside a zip, and checks it.
	 *
	 * @param shown what the page calls it: its name, or a zip's with the workbook's name inside it
	 * @param zip the name of the zip it came in, or null
	 * @param size its size as sent, or null when only its stored size is known (a zip's workbook)
	 */
	private Sent store(Staff staff, String shown, String name, String zip, String size, InputStream in)
			throws IOException {
		UploadService.Upload upload;
		try {
			upload = uploads.store(staff.scope(), staff.account().username(), staff.inboxUnit(), name, zip, in);
		}
		catch (FileTooLargeException tooLarge) {
			return Sent.refused(shown, size, "web.upload.tooLargeOne");
		}
		catch (NotAWorkbookException notExcel) {
			return Sent.refused(shown, size, "web.upload.notWorkbook");
		}
		catch (vn.tonghop.intake.InboxFolderIsLink link) {
			return Sent.refused(shown, size, "web.upload.folderIsLink");
		}
		String storedAs = upload.inboxPath().substring(upload.inboxPath().indexOf('/') + 1);
		boolean renamed = !storedAs.equals(upload.originalName());
		var received = uploads.receivedBefore(upload.sha256());
		FormCheck.Result checked = check.check(uploads.inboxFile(upload), upload.inboxPath(), staff.scope().tree(),
				staff.formsCollected(rounds.open()));
		uploads.recordFormUnit(upload, checked.unitCode());
		List<Finding> findings = checked.findings();
		List<FindingLine> lines = findings.stream()
			.map(f -> new FindingLine(f.isError(), formatter.severity(f), formatter.location(f), formatter.message(f)))
			.toList();
		long errors = findings.stream().filter(Finding::isError).count();
		String unit = checked.unitCode() == null ? null : staff.scope().tree().unit(checked.unitCode())
			.map(u -> u.name() + " (" + u.code() + ")").orElse(checked.unitCode());
		Verdict verdict = received.isPresent() ? Verdict.DUPLICATE : errors > 0 ? Verdict.RETURN
				: isHeld(checked) ? Verdict.HELD : findings.isEmpty() ? Verdict.COUNT : Verdict.COUNT_WITH_WARNINGS;
		String reason = findings.stream().filter(Finding::isError).findFirst().map(formatter::message).orElse(null);
		return new Sent(shown, size == null ? fmt.size(upload.sizeBytes()) : size, storedAs, renamed, null, upload.id(),
				unit, verdict, reason, received.map(fmt::time).orElse(null), errors, findings.size() - errors, lines,
				List.of());
	}

	/** A valid file of a CĐCS whose figures its round's confirmation or lock holds: received, not counted. */
	private boolean isHeld(FormCheck.Result checked) {
		if (checked.form() == null || checked.unitCode() == null) {
			return false;
		}
		return rounds.open()
			.stream()
			.filter(r -> r.form().id().equals(checked.form().id()) && r.form().version().equals(checked.form().version()))
			.findFirst()
			.map(r -> locks.heldUnits(r, registry.treeAt(r.referenceDate())).test(checked.unitCode()))
			.orElse(false);
	}

	/** A sender takes back a file no run has taken yet; it stays in the archive and the withdrawal is recorded. */
	@PostMapping("/uploads/{id}/withdraw")
	String withdraw(Staff staff, @PathVariable long id, RedirectAttributes redirect) throws IOException {
		// While a run is going it may be taking this very file: refused rather than raced.
		boolean done = !launcher.isBusy() && uploads.withdraw(staff.account().username(), id);
		redirect.addFlashAttribute(done ? "noticeKey" : "errorKey",
				done ? "web.upload.withdrawn" : "web.upload.notWithdrawable");
		return "redirect:/files";
	}
}
