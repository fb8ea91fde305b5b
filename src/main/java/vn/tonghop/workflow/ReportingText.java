package vn.tonghop.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import vn.tonghop.finding.FindingFormatter;
import vn.tonghop.orgunit.UnitContact;
import vn.tonghop.system.Messages;
import vn.tonghop.system.VietnameseFormat;

/**
 * A {@link ReportingStatus} as people read it, the same on the command line, on the page, in its plain-text copy for
 * chat groups and in its spreadsheet: a title, the counts, then one line per CĐCS not yet counted, starting with its
 * code, with why and whom to call.
 */
@Component
public class ReportingText {

	private final Messages messages;

	private final FindingFormatter findings;

	ReportingText(Messages messages, FindingFormatter findings) {
		this.messages = messages;
		this.findings = findings;
	}

	public String title(ReportingStatus status) {
		return messages.get("cli.status.title", status.round().title(), status.round().code(), status.unit().name(),
				status.unit().code(), status.due() == null ? messages.get("cli.status.noDeadline")
						: messages.get("cli.status.deadline", VietnameseFormat.shortDate(status.due())));
	}

	/** The counts; without a deadline nothing is late, and "on time" would claim what nobody set. */
	public List<String> counts(ReportingStatus status) {
		int expected = status.reported() + status.missing().size();
		List<String> lines = new ArrayList<>();
		lines.add(messages.get(status.due() == null ? "cli.status.countsNoDeadline" : "cli.status.counts",
				status.reported(), expected, status.onTime(), status.late(), status.missing().size(), status.notSent(),
				status.returned()));
		if (status.held() > 0) {
			lines.add(messages.get("cli.status.heldCount", status.held()));
		}
		return lines;
	}

	/** Why the CĐCS is not counted: sent nothing, returned (the file and its first error), or held by a lock. */
	public String why(ReportingStatus.Missing missing) {
		if (missing.held()) {
			return messages.get("cli.status.held");
		}
		if (missing.sentNothing()) {
			return messages.get("cli.status.notSent");
		}
		return missing.returned() == null ? messages.get("cli.status.returnedFile", missing.returnedFile())
				: messages.get("cli.status.returned", missing.returnedFile(), findings.inFile(missing.returned()));
	}

	public String contact(UnitContact contact) {
		if (contact == null) {
			return messages.get("cli.status.noContact");
		}
		return messages.get("cli.status.contact", String.join(", ", Stream.of(contact.name(), contact.phone(),
				contact.email()).filter(p -> p != null && !p.isBlank()).toList()));
	}

	public String line(ReportingStatus.Missing missing) {
		return messages.get("cli.status.line", missing.unit().code(), missing.unit().name(), why(missing),
				contact(missing.contact()));
	}

	/** The whole status as plain text: title, counts, a line per CĐCS not yet counted. */
	public String plain(ReportingStatus status) {
		List<String> lines = new ArrayList<>();
		lines.add(title(status));
		lines.addAll(counts(status));
		status.missing().forEach(m -> lines.add(line(m)));
		return String.join("\n", lines) + "\n";
	}
}
