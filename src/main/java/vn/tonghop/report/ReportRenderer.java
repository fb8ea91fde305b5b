package vn.tonghop.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.tonghop.consolidation.Total;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.reporttext.ReportEdits;
import vn.tonghop.reporttext.ReportPart;
import vn.tonghop.system.Messages;
import vn.tonghop.system.TonghopSettings;

/**
 * The mid-term review report of one unit from values it is handed: the unit's figures and its children's, the annex
 * files, the units that did not report and what staff set for the report. Written once as a {@link MidtermDocument},
 * laid out as PDF (JasperReports, templates compiled once per process) and as DOCX (Apache POI).
 */
@Component
public class ReportRenderer {

	private final MidtermReportBuilder builder;

	private final PdfWriter pdf;

	private final DocxWriter docx;

	private final String grassrootsType;

	ReportRenderer(ReportTemplates templates, MidtermReportBuilder builder, TonghopSettings settings,
			Messages messages) {
		this.builder = builder;
		this.pdf = new PdfWriter(templates, messages);
		this.docx = new DocxWriter(messages);
		this.grassrootsType = settings.grassrootsType();
	}

	/** The units that get a report: every unit above the CĐCS standing in some year of the period. */
	public List<OrgUnit> reportedUnits(OrgTree tree, List<Integer> years) {
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
	 */
	public MidtermDocument document(OrgTree tree, OrgUnit unit, Function<String, List<Total>> figuresOf,
			List<AnnexFile> annex, Set<String> notReported, ReportEdits edits) {
		return builder.build(tree, unit, code -> new UnitFigures(figuresOf.apply(code)), annex, notReported, edits);
	}

	/** The drafts of the sections staff can write over (the placeholder for those only staff write). */
	public Map<ReportPart, String> drafts(OrgTree tree, OrgUnit unit, Function<String, List<Total>> figuresOf,
			List<AnnexFile> annex, Set<String> notReported) {
		return builder.drafts(tree, unit, code -> new UnitFigures(figuresOf.apply(code)), annex, notReported);
	}

	public void writePdf(MidtermDocument document, String title, OutputStream out) throws IOException {
		pdf.write(document, title, out);
	}

	public void writeDocx(MidtermDocument document, OutputStream out) throws IOException {
		docx.write(document, out);
	}
}
