package vn.tonghop.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.tonghop.intake.ReceivedFiles;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.system.TonghopSettings;
import vn.tonghop.finding.FileFailures;
import vn.tonghop.finding.FindingFormatter;
import vn.tonghop.workbook.AnnotatedCopyWriter;

/** Every received file, its findings, its original and its annotated copy; a unit's submission history. */
@Controller
@ConditionalOnWebApplication
class FilesController {

	private final ReceivedFiles files;

	private final FindingFormatter formatter;

	private final AnnotatedCopyWriter annotated;

	private final String grassrootsType;

	private final vn.tonghop.intake.RunWarnings runWarnings;

	private final vn.tonghop.runs.Runs runs;

	private final vn.tonghop.intake.Quarantine quarantine;

	private final vn.tonghop.intake.DeferredFiles deferred;

	FilesController(ReceivedFiles files, FindingFormatter formatter, AnnotatedCopyWriter annotated,
			TonghopSettings settings, vn.tonghop.intake.RunWarnings runWarnings, vn.tonghop.runs.Runs runs,
			vn.tonghop.intake.Quarantine quarantine, vn.tonghop.intake.DeferredFiles deferred) {
		this.quarantine = quarantine;
		this.deferred = deferred;
		this.runWarnings = runWarnings;
		this.runs = runs;
		this.files = files;
		this.formatter = formatter;
		this.annotated = annotated;
		this.grassrootsType = settings.grassrootsType();
	}

	@GetMapping("/files")
	String list(Staff staff, @RequestParam(required = false) String status,
			@RequestParam(required = false) String unit, @RequestParam(defaultValue = "NEWEST") ReceivedFiles.Sort sort,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String statusFilter = status != null && ReceivedFiles.STATUSES.contains(status) ? status : null;
		String unitFilter = unit == null || unit.isBlank() ? null : unit;
		List<ReceivedFiles.FileRow> rows = files.list(staff.scope(), staff.round().code(), staff.account().username(), unitFilter,
				statusFilter, sort, page);
		model.addAttribute("rows", rows.stream().limit(ReceivedFiles.PAGE_SIZE).toList());
		model.addAttribute("hasNext", rows.size() > ReceivedFiles.PAGE_SIZE);
		model.addAttribute("page", Math.max(0, page));
		model.addAttribute("status", statusFilter);
		model.addAttribute("unit", unitFilter);
		model.addAttribute("sort", sort);
		model.addAttribute("statuses", ReceivedFiles.STATUSES);
		model.addAttribute("scope", staff.scope());
		model.addAttribute("me", staff.account().username());
		model.addAttribute("filterUnits", staff.scope().units().stream()
			.filter(u -> !u.type().equals(grassrootsType) || u.code().equals(unitFilter)).toList());
		model.addAttribute("tree", staff.scope().tree());
		// Files e-mailed by unknown senders wait for those who may assign them to any unit.
		model.addAttribute("quarantined", staff.mayStartRuns() ? quarantine.waiting().size() : 0);
		// What the round's latest run left in the inbox unread: in the folders the person may see, with why.
		runs.latestCompleted(staff.round().code()).ifPresent(runId -> {
			model.addAttribute("deferredRun", runId);
			model.addAttribute("deferred", deferred.of(runId, staff.scope()));
		});
		return "files";
	}

	@GetMapping("/files/{sha256}")
	String detail(Staff staff, @PathVariable String sha256, Model model) {
		ReceivedFiles.FileDetail detail = detailOf(staff, sha256);
		model.addAttribute("file", detail.file());
		model.addAttribute("findings", detail.findings().stream()
			.map(f -> new UploadController.FindingLine(f.isError(), formatter.severity(f), formatter.location(f),
					formatter.message(f)))
			.toList());
		// E1 means the file could not be read as this form: there are no cells to mark, so no copy is offered.
		model.addAttribute("annotatable", !detail.findings().isEmpty()
				&& vn.tonghop.workbook.WorkbookReader.isWorkbookName(detail.file().path())
				&& detail.findings().stream().noneMatch(f -> f.code().equals("E1")));
		// W7 compares units with each other: shown as of the round's latest completed run, which names itself.
		runs.latestCompleted(staff.round().code()).ifPresent(runId -> {
			model.addAttribute("runFindingsRun", runId);
			model.addAttribute("runFindings", runWarnings.bySha(runId).getOrDefault(sha256, List.of()).stream()
				.map(f -> new UploadController.FindingLine(false, formatter.severity(f), formatter.location(f),
						formatter.message(f)))
				.toList());
		});
		model.addAttribute("tree", staff.scope().tree());
		return "file";
	}

	@GetMapping("/files/{sha256}/original")
	ResponseEntity<Resource> original(Staff staff, @PathVariable String sha256) throws IOException {
		ReceivedFiles.FileDetail detail = detailOf(staff, sha256);
		return download(new org.springframework.core.io.ByteArrayResource(files.original(detail)),
				nameOf(detail.file().path()));
	}

	/** The file with its errors marked in the cells and listed on a sheet of their own, made when asked for. */
	@GetMapping("/files/{sha256}/annotated")
	ResponseEntity<Resource> annotated(Staff staff, @PathVariable String sha256) throws IOException {
		ReceivedFiles.FileDetail detail = detailOf(staff, sha256);
		String name = nameOf(detail.file().path());
		Path copy = Files.createTempFile("annotated-", "-" + sha256.substring(0, 8));
		try {
			boolean written;
			try {
				written = annotated.write(files.original(detail), detail.findings(), copy);
			}
			catch (Throwable failure) {
				// Contained like the run's annotated copies: logged once with its reference, the page says so.
				FileFailures.contain(FileFailures.Step.ANNOTATE, detail.file().path(), failure);
				written = false;
			}
			if (!written) {
				return ResponseEntity.status(HttpStatus.SEE_OTHER)
					.location(ServletUriComponentsBuilder.fromCurrentContextPath().path("/files/{sha}")
						.query("noAnnotated").buildAndExpand(sha256).toUri())
					.build();
			}
			byte[] bytes = Files.readAllBytes(copy);
			return download(new org.springframework.core.io.ByteArrayResource(bytes),
					AnnotatedCopyWriter.nameFor(name));
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}

	@GetMapping("/units/{code}/history")
	String history(Staff staff, @PathVariable String code, Model model) {
		model.addAttribute("rows", files.history(staff.scope(), staff.round().code(), code));
		OrgUnit unit = staff.scope().tree().unit(code).orElseThrow(NotFoundException::new);
		model.addAttribute("unit", unit);
		model.addAttribute("tree", staff.scope().tree());
		return "history";
	}

	private ReceivedFiles.FileDetail detailOf(Staff staff, String sha256) {
		return files.find(staff.scope(), staff.round().code(), staff.account().username(), sha256).orElseThrow(NotFoundException::new);
	}

	static ResponseEntity<Resource> download(Resource body, String fileName) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.body(body);
	}

	private static String nameOf(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}
}
