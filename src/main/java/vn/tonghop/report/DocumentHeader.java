package vn.tonghop.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.reporttext.ReportEdits;
import vn.tonghop.reporttext.ReportPart;
import vn.tonghop.system.Messages;
import vn.tonghop.system.VietnameseFormat;

/**
 * The header, signature block and annex line of a unit's report from what staff set for it, falling back to the
 * registry (issuer = the unit, upper union = its parent, place = the place in the unit's name), to the symbol of the
 * unit's type and to the messages' defaults. The date not set is the day the report is written.
 */
final class DocumentHeader {

	private final Messages messages;

	private final ReportSettings settings;

	private final HeaderLines lines;

	private final Clock clock;

	DocumentHeader(Messages messages, ReportSettings settings, Clock clock) {
		this.messages = messages;
		this.settings = settings;
		this.lines = new HeaderLines(messages);
		this.clock = clock;
	}

	/** A one-year form's report is the year's report; a form of several years', the mid-term review. */
	MidtermDocument.Header header(OrgTree tree, OrgUnit unit, ReportEdits edits, vn.tonghop.form.Form form) {
		OrgUnit parent = parent(tree, unit);
		String upper = parent == null ? messages.get("report.defaultUpper") : parent.name();
		String place = or(edits.get(ReportPart.PLACE), UnitNames.placeOf(unit.name()));
		String congress = or(edits.get(ReportPart.CONGRESS),
				messages.get("report.defaultCongress", UnitNames.unionName(unit.name())));
		String term = or(edits.get(ReportPart.TERM), messages.get("report.defaultTerm"));
		return new MidtermDocument.Header(lines.wrap(upper, false), lines.wrap(unit.name(), true),
				messages.get("report.documentNumber", number(edits), symbol(unit, edits)),
				place + ", " + VietnameseFormat.date(date(edits), messages), messages.get("report.title"),
				form.isOneYear() ? messages.get("report.summaryLine.year", String.valueOf(form.lastYear()))
						: messages.get("report.summaryLine", congress, term));
	}

	MidtermDocument.Closing closing(OrgTree tree, OrgUnit unit, ReportEdits edits) {
		OrgUnit parent = parent(tree, unit);
		String recipients = or(edits.get(ReportPart.RECIPIENTS), messages.get("report.recipients.default",
				parent == null ? messages.get("report.defaultUpper") : parent.name()));
		return new MidtermDocument.Closing(messages.get("report.recipients"),
				Arrays.stream(recipients.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
				or(edits.get(ReportPart.SIGN_ON_BEHALF), messages.get("report.signOnBehalf")),
				or(edits.get(ReportPart.SIGNER_TITLE), messages.get("report.signerTitle")),
				or(edits.get(ReportPart.SIGNER_NAME), ""));
	}

	/** "(Kèm theo Báo cáo số 12/BC-LĐLĐ ngày 15/12/2020 của Liên đoàn Lao động huyện Dương Minh Châu)". */
	String attachedTo(OrgUnit unit, ReportEdits edits) {
		return messages.get("report.annex.attachedTo", number(edits), symbol(unit, edits),
				VietnameseFormat.shortDate(date(edits)), unit.name());
	}

	private LocalDate date(ReportEdits edits) {
		return edits.date() == null ? LocalDate.now(clock) : edits.date();
	}

	/** The number staff set, or the blank a clerk fills in by hand (NĐ 30 leaves room for it). */
	private static String number(ReportEdits edits) {
		return or(edits.get(ReportPart.DOCUMENT_NUMBER), "     ");
	}

	private String symbol(OrgUnit unit, ReportEdits edits) {
		return or(edits.get(ReportPart.DOCUMENT_SYMBOL),
				settings.symbols().getOrDefault(unit.type(), messages.get("report.documentSymbol")));
	}

	private static OrgUnit parent(OrgTree tree, OrgUnit unit) {
		return unit.parentCode() == null ? null : tree.unit(unit.parentCode()).orElse(null);
	}

	private static String or(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}

	static List<String> paragraphs(String text) {
		return Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}
