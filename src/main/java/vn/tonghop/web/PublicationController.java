package vn.tonghop.web;

import java.io.IOException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tonghop.outputs.Publication;
import vn.tonghop.outputs.PublicationRejected;
import vn.tonghop.outputs.Publications;
import vn.tonghop.system.Messages;

/** "Phát hành": freezes a unit's report as a numbered version, and serves published versions as they were. */
@Controller
@ConditionalOnWebApplication
class PublicationController {

	private final Publications publications;

	private final Messages messages;

	PublicationController(Publications publications, Messages messages) {
		this.publications = publications;
		this.messages = messages;
	}

	@PostMapping("/reports/text/{unit}/publish")
	String publish(Staff staff, @PathVariable String unit, RedirectAttributes redirect) throws IOException {
		try {
			Publication p = publications.publish(staff.round(), staff.scope(), unit, staff.account().username());
			redirect.addFlashAttribute("noticeText", messages.get("web.publish.done", p.documentNumber(),
					p.documentDate(), p.runId()));
		}
		catch (PublicationRejected rejected) {
			redirect.addFlashAttribute("errorText", messages.get(rejected.key(), rejected.args()));
		}
		return "redirect:/reports/text/" + unit + "#publications";
	}

	@GetMapping("/publications/{id}/{kind:pdf|docx}")
	ResponseEntity<byte[]> download(Staff staff, @PathVariable long id, @PathVariable String kind) {
		Publication p = publications.find(staff.scope(), id).orElseThrow(NotFoundException::new);
		byte[] bytes = (kind.equals("pdf") ? publications.pdf(staff.scope(), id) : publications.docx(staff.scope(), id))
			.orElseThrow(NotFoundException::new);
		String name = "bao-cao-" + p.unitCode() + "-so-" + p.documentNumber().replaceAll("[^\\p{Alnum}-]", "-") + "."
				+ kind;
		MediaType type = kind.equals("pdf") ? MediaType.APPLICATION_PDF
				: MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(type)
			.body(bytes);
	}
}
