package vn.tonghop.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import vn.tonghop.batch.RunOverview;

import vn.tonghop.outputs.ReportFiles;
import vn.tonghop.system.TonghopSettings;
import vn.tonghop.workbook.TemplateService;

/** The reports of each run for the units in scope, and blank forms for the CĐCS in scope. */
@Controller
@ConditionalOnWebApplication
class ReportsController {

	private final ReportFiles reports;

	private final RunOverview runs;

	private final TemplateService templates;

	private final String grassrootsType;

	ReportsController(ReportFiles reports, RunOverview runs, TemplateService templates, TonghopSettings settings) {
		this.reports = reports;
		this.runs = runs;
		this.templates = templates;
		this.grassrootsType = settings.grassrootsType();
	}

	@GetMapping("/reports")
	String reports(Staff staff, @RequestParam(required = false) Long run, Model model) {
		List<Long> available = reports.runsWithReports(staff.round());
		Long shown = run != null && available.contains(run) ? run : available.stream().findFirst().orElse(null);
		model.addAttribute("runs", available.stream().map(runs::find).flatMap(java.util.Optional::stream).toList());
		model.addAttribute("run", shown);
		model.addAttribute("reports", shown == null ? List.of() : reports.of(staff.scope(), staff.round(), shown));
		model.addAttribute("templateUnits", staff.scope().units().stream()
			.filter(u -> !u.type().equals(grassrootsType))
			.filter(u -> staff.scope().tree().children(u.code()).stream().anyMatch(c -> c.type().equals(grassrootsType)))
			.limit(200)
			.toList());
		return "reports";
	}

	@GetMapping("/reports/{run}/{unit}/{kind}")
	ResponseEntity<Resource> report(Staff staff, @PathVariable long run, @PathVariable String unit,
			@PathVariable ReportFiles.Kind kind) throws IOException {
		var file = reports.file(staff.scope(), staff.round(), run, unit, kind).orElseThrow(NotFoundException::new);
		return FilesController.download(new FileSystemResource(file), file.getFileName().toString());
	}

	/** A unit's CSV, streamed as it is cut from the run's totals.csv (a province's is most of that file). */
	@GetMapping("/reports/{run}/{unit}/CSV")
	ResponseEntity<StreamingResponseBody> csv(Staff staff, @PathVariable long run, @PathVariable String unit) {
		// Checked before the body streams, so that a unit out of scope or an unknown run is refused, not empty.
		if (!reports.hasCsv(staff.scope(), staff.round(), run, unit)) {
			throw new NotFoundException();
		}
		StreamingResponseBody body = out -> reports.writeCsv(staff.scope(), staff.round(), run, unit, out);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(unit + ".csv", StandardCharsets.UTF_8).build().toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(body);
	}

	/** One CĐCS's blank form, or a zip of the forms of every CĐCS under a unit. */
	@GetMapping("/templates")
	ResponseEntity<Resource> template(Staff staff, @RequestParam String unit) throws IOException {
		String code = unit.strip().toUpperCase(java.util.Locale.ROOT);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		String name = templates.download(staff.scope(), staff.round().form(), code, out)
			.orElseThrow(NotFoundException::new);
		return FilesController.download(new ByteArrayResource(out.toByteArray()), name);
	}

}
