package vn.tonghop.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.tonghop.finding.FindingFormatter;
import vn.tonghop.form.Form;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.reporttext.ReportEdits;
import vn.tonghop.reporttext.ReportPart;
import vn.tonghop.rounds.Round;
import vn.tonghop.system.FaultPoints;
import vn.tonghop.system.Messages;
import vn.tonghop.system.TonghopSettings;
import vn.tonghop.targets.TargetRegistry;

/**
 * The mid-term review report of one unit from values it is handed: the unit's figures and its children's, the annex
 * files, the units that did not report and what staff set for the report. Written once as a {@link MidtermDocument},
 * laid out as PDF (JasperReports, templates compiled once per process) and as DOCX (its markup written as text).
 */
@Component
public class ReportRenderer {

	private final PdfWriter pdf;

	private final DocxWriter docx;

	private final String grassrootsType;

	private final TargetRegistry targets;

	/** A report builder per form (id and version), made on first use. */
	private final Map<String, MidtermReportBuilder> builders = new ConcurrentHashMap<>();

	private final Function<Form, MidtermReportBuilder> newBuilder;

	ReportRenderer(ReportTemplates templates, TonghopSettings settings, Messages messages, ReportSettings reportSettings,
			TargetRegistry targets, FindingFormatter formatter, FaultPoints faults, Optional<Clock> clock) {
		this.pdf = new PdfWriter(templates, messages);
		Clock time = clock.orElse(Clock.systemDefaultZone());
		this.docx = new DocxWriter(messages, time);
		this.grassrootsType = settings.grassrootsType();
		this.targets = targets;
		this.newBuilder = form -> new MidtermReportBuilder(form, messages, reportSettings, formatter, grassrootsType,
				faults, time);
	}

	private MidtermReportBuilder builder(Round round) {
		Form form = round.form();
		return builders.computeIfAbsent(form.id() + "\u0000" + form.version(), key -> newBuilder.apply(form));
	}

	/** The units that get a report: every unit above the CĐCS standing in some year of the round's period. */
	public List<OrgUnit> reportedUnits(OrgTree tree, Round round) {
		List<Integer> years = round.form().years();
		return tree.units()
			.stream()
			.filter(u -> !u.type().equals(grassrootsType))
			.filter(u -> years.stream().anyMatch(u::isActiveInYear))
			.toList();
	}

	/**
	 * The unit's report, ready to lay out.
	 *
	 * @param figuresOf a unit's rows (the unit's own and each child's are asked for)
	 * @param annex the files with findings of the whole installation; the report keeps those of its subtree
	 * @param notReported the CĐCS without an accepted submission
	 * @param timeliness the deadline and the CĐCS that reported after it
	 */
	public MidtermDocument document(Round round, OrgTree tree, OrgUnit unit, UnitRowsOf figuresOf,
			List<AnnexFile> annex, Set<String> notReported, ReportEdits edits, Optional<Comparison> comparison,
			Timeliness timeliness) {
		return builder(round).build(tree, unit, figuresOf, annex, notReported,
				edits, targets.of(round.code(), unit.code()), comparison, timeliness);
	}

	/** The drafts of the sections staff can write over (the placeholder for those only staff write). */
	public Map<ReportPart, String> drafts(Round round, OrgTree tree, OrgUnit unit,
			UnitRowsOf figuresOf, List<AnnexFile> annex, Set<String> notReported) {
		return builder(round).drafts(tree, unit, figuresOf, annex, notReported,
				targets.of(round.code(), unit.code()), Optional.empty());
	}

	public void writePdf(MidtermDocument document, String title, OutputStream out) throws IOException {
		pdf.write(document, title, out);
	}

	public void writeDocx(MidtermDocument document, OutputStream out) throws IOException {
		docx.write(document, out);
	}
}
