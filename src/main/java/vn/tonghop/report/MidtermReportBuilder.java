package vn.tonghop.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jfree.chart.JFreeChart;

import vn.tonghop.finding.FindingFormatter;
import vn.tonghop.form.FigureKind;
import vn.tonghop.form.Form;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.reporttext.ReportEdits;
import vn.tonghop.reporttext.ReportPart;
import vn.tonghop.system.FaultPoints;
import vn.tonghop.system.Messages;
import vn.tonghop.targets.Target;

/**
 * Writes the mid-term review report of one unit in the plan's structure: I. Kết quả (the figures' draft or the
 * staff's text, Bảng 1 and 2, the charts; the degree and prospect of each target with Bảng 3; who reported),
 * II. Tồn tại, hạn chế, III. Dự báo tình hình, IV. Kiến nghị, then the signature and the annex. A section staff have
 * written prints their text; one they have not prints the draft (I, II) or a plain placeholder (III, IV).
 */
final class MidtermReportBuilder {

	private final Form form;

	private final Messages messages;

	private final AnnexTable annexTable;

	private final ChildrenTable childrenTable;

	private final SummaryTable summaryTable;

	private final DocumentHeader header;

	private final Completeness completeness;

	private final String grassrootsType;

	/** One per form (see {@link ReportRenderer}): the tables and drafts are the form's. */
	MidtermReportBuilder(Form form, Messages messages, ReportSettings settings, FindingFormatter formatter,
			String grassrootsType, FaultPoints faults, Clock clock) {
		this.form = form;
		this.messages = messages;
		this.annexTable = new AnnexTable(formatter, messages, faults);
		this.grassrootsType = grassrootsType;
		this.childrenTable = new ChildrenTable(form, messages, grassrootsType);
		this.summaryTable = new SummaryTable(form, messages);
		this.header = new DocumentHeader(messages, settings, clock);
		this.completeness = new Completeness(form, messages, grassrootsType);
	}

	/**
	 * @param notReported the CĐCS of the registry without a current accepted submission
	 * @param edits what staff set for this unit's report
	 */
	MidtermDocument build(OrgTree tree, OrgUnit unit, UnitRowsOf figuresOf,
			List<AnnexFile> annexFiles, Set<String> notReported, ReportEdits edits, List<Target> targets,
			java.util.Optional<Comparison> comparison, Timeliness timeliness) {
		return build(tree, unit, figuresOf, annexFiles, notReported, edits, targets, comparison,
				new EnumMap<>(ReportPart.class), timeliness);
	}

	/** The drafts of the sections staff edit, for the web page where they edit them. */
	Map<ReportPart, String> drafts(OrgTree tree, OrgUnit unit, UnitRowsOf figuresOf,
			List<AnnexFile> annexFiles, Set<String> notReported, List<Target> targets,
			java.util.Optional<Comparison> comparison) {
		Map<ReportPart, String> drafts = new EnumMap<>(ReportPart.class);
		build(tree, unit, figuresOf, annexFiles, notReported, ReportEdits.NONE, targets, comparison, drafts,
				Timeliness.NONE);
		return drafts;
	}

	private MidtermDocument build(OrgTree tree, OrgUnit unit, UnitRowsOf figuresOf,
			List<AnnexFile> annexFiles, Set<String> notReported, ReportEdits edits, List<Target> targets,
			java.util.Optional<Comparison> comparison, Map<ReportPart, String> drafts, Timeliness timeliness) {
		UnitFigures figures = new UnitFigures(figuresOf.all(unit.code()));
		List<Block> body = new ArrayList<>();
		body.add(Block.paragraph(messages.get(form.isOneYear() ? "report.intro.year" : "report.intro",
				completeness.submitted(figures),
				completeness.expected(figures), String.valueOf(form.lastYear()), unit.name())));
		body.add(Block.heading(messages.get("report.section.results")));
		body.add(Block.subheading(messages.get("report.section.results.figures")));
		List<OrgUnit> children = tree.children(unit.code())
			.stream()
			.filter(c -> form.years().stream().anyMatch(c::isActiveInYear))
			.toList();
		Map<String, Map<OrgUnit, BigDecimal>> childValues = new HashMap<>();
		List<Map<String, ?>> childRows = childrenTable.rows(children, figuresOf, notReported, charted(),
				childValues);
		ResultsDraft results = new ResultsDraft(form, messages);
		String resultsDraft = results.draft(figures, completeness.sentence(figures), childValues);
		text(body, edits, ReportPart.RESULTS, resultsDraft, drafts);
		body.add(Block.caption(messages.get("report.table.summary", form.periodText())));
		Optional<UnitFigures> earlier = comparison
			.map(c -> new UnitFigures(c.rowsOf().apply(unit.code())));
		body.add(Block.table(summaryTable.table(figures, comparison.map(Comparison::year), earlier)));
		comparison.ifPresent(c -> body.add(Block.note(messages.get("report.compare.note", c.title(),
				String.valueOf(c.year()), String.valueOf(form.lastYear())))));
		if (!form.isOneYear()) {
			// How the period column is worked out; a one-year table has no such column.
			body.add(Block.note(messages.get("report.footnote")));
		}
		if (!children.isEmpty()) {
			body.add(Block.caption(messages.get("report.table.children")));
			body.add(Block.table(childrenTable.table(childRows)));
		}
		body.add(Block.chart(Charts.members(form, figures, messages)));
		boolean byChild = children.stream().anyMatch(c -> !c.type().equals(grassrootsType));
		Optional<JFreeChart> ratio = byChild
				? Charts.ratioByChild(form, childValues.getOrDefault(form.report().ratioChart(), Map.of()), messages)
				: Charts.ratioByYear(form, figures, messages);
		// An empty frame of axes would look like a chart of zeros: the report says instead that there is nothing to draw.
		ratio.ifPresentOrElse(chart -> body.add(Block.chart(chart)), () -> body.add(Block.note(messages.get(
				"report.chart.none", byChild ? Charts.ratioByChildTitle(form, messages) : Charts.ratioByYearTitle(form, messages)))));
		TargetSection targetSection = new TargetSection(form, messages, targets, figures);
		body.add(Block.subheading(messages.get("report.section.targets")));
		text(body, edits, ReportPart.TARGETS, targetSection.draft(), drafts);
		if (!targetSection.judged().isEmpty()) {
			body.add(Block.caption(messages.get(targetSection.anyIllustrative() ? "report.table.targets.illustrative"
					: "report.table.targets")));
			body.add(Block.table(targetsTable(messages, targetSection.rows())));
			body.add(Block.note(messages.get("report.targets.method", form.years().size(), form.termYears(),
					String.valueOf(form.firstYear()), String.valueOf(form.lastYear()))));
			if (targetSection.anyIllustrative()) {
				body.add(Block.note(messages.get("report.targets.illustrativeNote")));
			}
		}
		List<String> missing = completeness.missing(tree, unit, notReported);
		body.add(Block.subheading(messages.get("report.section.completeness")));
		DocumentHeader.paragraphs(completeness.text(figures, missing, completeness.timeliness(tree, unit, figures,
				timeliness))).forEach(p -> body.add(Block.paragraph(p)));
		body.add(Block.heading(messages.get("report.section.shortcomings")));
		String shortcomings = new ShortcomingsDraft(form, messages).draft(targetSection, results.falls(), missing,
				annexTable.returnedFiles(tree, unit, annexFiles));
		text(body, edits, ReportPart.SHORTCOMINGS, shortcomings, drafts);
		body.add(Block.heading(messages.get("report.section.outlook")));
		text(body, edits, ReportPart.OUTLOOK, messages.get("report.placeholder.outlook"), drafts);
		body.add(Block.heading(messages.get("report.section.proposals")));
		text(body, edits, ReportPart.PROPOSALS, messages.get("report.placeholder.proposals"), drafts);
		Block last = body.remove(body.size() - 1);
		body.add(Block.paragraph(last.text() + "./."));
		List<Map<String, ?>> annexRows = annexTable.rows(tree, unit, annexFiles);
		MidtermDocument.Annex annex = annexRows.isEmpty() ? null
				: new MidtermDocument.Annex(messages.get("report.section.annex"), header.attachedTo(unit, edits),
						annexTable.table(annexRows));
		return new MidtermDocument(header.header(tree, unit, edits, form), body, header.closing(tree, unit, edits),
				annex);
	}

	/** The staff's text of the section where they wrote one, else the draft; the draft is kept in {@code drafts}. */
	private static void text(List<Block> body, ReportEdits edits, ReportPart part, String draft,
			Map<ReportPart, String> drafts) {
		drafts.put(part, draft);
		String edited = edits.get(part);
		DocumentHeader.paragraphs(edited == null ? draft : edited).forEach(p -> body.add(Block.paragraph(p)));
	}

	/** The percentages the draft compares between children, and the charted ratio. */
	private Set<String> charted() {
		Set<String> codes = new LinkedHashSet<>();
		codes.add(form.report().ratioChart());
		form.report().narrative().stream()
			.filter(code -> form.figure(code).orElseThrow().kind() == FigureKind.PERCENT)
			.forEach(codes::add);
		return codes;
	}

	/** Bảng 3, the targets' degree and prospect: its columns' widths are reports/targets-table.jrxml's. */
	static ReportTable targetsTable(Messages messages, List<Map<String, ?>> rows) {
		ReportTable.Align r = ReportTable.Align.RIGHT;
		ReportTable.Align c = ReportTable.Align.CENTER;
		return new ReportTable("targets-table", List.of(
				new ReportTable.Column("name", messages.get("report.target.name"), 117, ReportTable.Align.LEFT),
				new ReportTable.Column("term", messages.get("report.target.term"), 52, r),
				new ReportTable.Column("due", messages.get("report.target.due"), 48, r),
				new ReportTable.Column("result", messages.get("report.target.result"), 48, r),
				new ReportTable.Column("percent", messages.get("report.target.percent"), 42, r),
				new ReportTable.Column("verdict", messages.get("report.target.verdict"), 42, c),
				new ReportTable.Column("projected", messages.get("report.target.projected"), 56, r),
				new ReportTable.Column("prospect", messages.get("report.target.prospect"), 62, c)), rows);
	}
}
