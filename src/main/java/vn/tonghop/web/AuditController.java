package vn.tonghop.web;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tonghop.audit.AuditEvent;
import vn.tonghop.audit.AuditKind;
import vn.tonghop.audit.AuditLog;
import vn.tonghop.system.Messages;

/**
 * "Nhật ký": the audit log. Administrators see every entry (filter by unit, kind and days; CSV export); staff see
 * their own subtree's history (entries about its units), with the same filters.
 */
@Controller
@ConditionalOnWebApplication
class AuditController {

	private static final int SHOWN = 500;

	private final AuditLog audit;

	private final Messages messages;

	private final ZoneId zone;

	AuditController(AuditLog audit, Messages messages,
			java.time.Clock clock) {
		this.audit = audit;
		this.messages = messages;
		this.zone = clock.getZone();
	}

	/** An entry as the page and the CSV show it. */
	record Line(AuditEvent event, String actor, String kind, String detail) {
	}

	@GetMapping("/audit")
	String page(Staff staff, @RequestParam(required = false) String unit, @RequestParam(required = false) AuditKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		model.addAttribute("lines", lines(staff, unit, kind, from, to, SHOWN));
		model.addAttribute("kinds", AuditKind.values());
		model.addAttribute("unit", unit);
		model.addAttribute("kind", kind);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "audit";
	}

	@GetMapping("/audit.csv")
	ResponseEntity<byte[]> csv(Staff staff, @RequestParam(required = false) String unit,
			@RequestParam(required = false) AuditKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to)
			throws IOException {
		StringWriter text = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT)) {
			csv.printRecord("id", "at", "actor", "kind", "round", "unit", "detail");
			for (Line line : lines(staff, unit, kind, from, to, Integer.MAX_VALUE)) {
				AuditEvent e = line.event();
				csv.printRecord(e.id(), e.at().atZone(zone).toOffsetDateTime(), e.actor(), e.kind(), e.roundCode(),
						e.unitCode(), line.detail());
			}
		}
		// A byte-order mark: Excel then opens the Vietnamese text as UTF-8.
		byte[] bytes = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("nhat-ky.csv").build()
				.toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(bytes);
	}

	private List<Line> lines(Staff staff, String unit, AuditKind kind, LocalDate from, LocalDate to, int limit) {
		String only = unit == null || unit.isBlank() ? null : unit.strip();
		if (only != null) {
			staff.scope().require(only);
		}
		List<String> units = staff.account().isAdmin() ? null
				: staff.scope().units().stream().map(vn.tonghop.orgunit.OrgUnit::code).toList();
		AuditLog.Filter filter = new AuditLog.Filter(units, only, kind,
				from == null ? null : from.atStartOfDay(zone).toInstant(),
				to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), limit);
		return audit.find(filter).stream().map(e -> new Line(e, actor(e.actor()),
				messages.get("audit.kind." + e.kind().name()), messages.get(e.detailKey(), e.detailArgs().toArray())))
			.toList();
	}

	private String actor(String actor) {
		return AuditLog.SCHEDULE.equals(actor) || AuditLog.COMMAND_LINE.equals(actor) || AuditLog.RESTART.equals(actor)
				? messages.get("audit.actor." + actor) : actor;
	}
}
