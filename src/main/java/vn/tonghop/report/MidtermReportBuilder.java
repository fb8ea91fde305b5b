package vn.tonghop.report;

import vn.tonghop.system.VietnameseFormat;

import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.springframework.stereotype.Component;

import vn.tonghop.form.AggregationClass;
import vn.tonghop.form.DerivedIndicator;
import vn.tonghop.form.Form;
import vn.tonghop.form.Indicator;
import vn.tonghop.form.Section;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.system.Messages;
import vn.tonghop.system.TonghopSettings;
import vn.tonghop.targets.Target;
import vn.tonghop.targets.TargetRegistry;
import vn.tonghop.finding.FindingFormatter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Gathers everything the mid-term report of one unit shows, formatted for print: header and signature from the
 * settings (or the registry), the figures of every indicator by period, targets with their verdicts, key figures by
 * child unit, completeness, charts, and the annex of returned files and warnings of the subtree.
 */
@Component
class MidtermReportBuilder {

	private static final int MAX_LISTED_MISSING = 200;

	private final Form form;

	private final Messages messages;

	private final ReportSettings settings;

	private final TargetRegistry targets;

	private final AnnexTable annexTable;

	private final String grassrootsType;

	private final String period;

	private final ChildrenTable childrenTable;

	MidtermReportBuilder(Form form, Messages messages, ReportSettings settings, TargetRegistry targets,
			FindingFormatter formatter, TonghopSettings tonghop,
			vn.tonghop.system.FaultPoints faults) {
		this.form = form;
		this.messages = messages;
		this.settings = settings;
		this.targets = targets;
		this.annexTable = new AnnexTable(formatter, messages, faults);
		this.grassrootsType = tonghop.grassrootsType();
		this.period = form.firstYear() + "-" + form.lastYear();
		this.childrenTable = new ChildrenTable(form, messages, grassrootsType);
	}

	/**
	 * The fill parameters of reports/midterm-report.jrxml for one unit.
	 *
	 * @param notReported the CĐCS of the registry without a current accepted submission
	 */
	Map<String, Object> parameters(OrgTree tree, OrgUnit unit, Function<String, UnitFigures> figuresOf,
			List<AnnexFile> annexFiles, Set<String> notReported) {
		Locale vi = messages.locale();
		UnitFigures figures = figuresOf.apply(unit.code());
		ReportSettings.UnitReport config = settings.of(unit.code());
		OrgUnit parent = unit.parentCode() == null ? null : tree.unit(unit.parentCode()).orElse(null);
		Map<String, Object> p = new HashMap<>();
		p.put(JRParameter.REPORT_RESOURCE_BUNDLE, ResourceBundle.getBundle("messages", vi,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
		p.put(JRParameter.REPORT_LOCALE, vi);
		p.put("P_UPPER", or(config.upper(), parent == null ? messages.get("report.defaultUpper") : parent.name())
			.toUpperCase(vi));
		p.put("P_ISSUER", or(config.issuer(), unit.name()).toUpperCase(vi));
		p.put("P_DOC_NUMBER", messages.get("report.documentNumber", or(config.documentNumber(), "      "),
				or(config.documentSuffix(), messages.get("report.documentSuffix"))));
		LocalDate date = settings.date() == null ? LocalDate.now() : settings.date();
		p.put("P_PLACE_DATE", or(config.place(), UnitNames.placeOf(unit.name())) + ", " + VietnameseFormat.date(date, messages));
		String term = or(settings.term(), messages.get("report.defaultTerm"));
		p.put("P_SUMMARY_LINE", messages.get("report.summaryLine", or(config.congress(),
				messages.get("report.defaultCongress", UnitNames.unionName(unit.name()))), term));
		long expected = count(figures, "EXPECTED", form.lastYear());
		long submitted = count(figures, "SUBMITTED", form.lastYear());
		p.put("P_INTRO", messages.get("report.intro", String.valueOf(submitted), String.valueOf(expected),
				String.valueOf(form.lastYear()), unit.name()));
		p.put("P_FOOTNOTE", messages.get("report.footnote"));
		p.put("P_YEAR1", messages.get("template.column.year", String.valueOf(form.years().get(0))));
		p.put("P_YEAR2", messages.get("template.column.year", String.valueOf(form.years().get(1))));
		p.put("P_YEAR3", messages.get("template.column.year", String.valueOf(form.years().get(2))));
		p.put("SUMMARY_ROWS", new JRMapCollectionDataSource(summaryRows(figures)));
		List<Map<String, ?>> targetRows = targetRows(unit.code(), figures);
		p.put("P_HAS_TARGETS", !targetRows.isEmpty());
		p.put("TARGET_ROWS", new JRMapCollectionDataSource(targetRows));
		p.put("P_TARGETS_NOTE", targetRows.isEmpty() ? messages.get("report.targets.none")
				: messages.get("report.targets.note", String.valueOf(form.years().size()),
						String.valueOf(form.termYears())));
		List<OrgUnit> children = tree.children(unit.code())
			.stream()
			.filter(c -> form.years().stream().anyMatch(c::isActiveInYear))
			.toList();
		p.put("P_CHILDREN_TITLE", messages.get("report.section.children"));
		Map<OrgUnit, BigDecimal> ratios = new LinkedHashMap<>();
		p.put("CHILD_HEADERS", childrenTable.headers());
		p.put("CHILD_ROWS", new JRMapCollectionDataSource(childrenTable.rows(children, figuresOf, ratios)));
		p.put("P_COMPLETENESS", completeness(tree, unit, figures, notReported));
		p.put("P_RECIPIENTS", config.recipients() == null || config.recipients().isEmpty()
				? messages.get("report.recipients.default", parent == null ? messages.get("report.defaultUpper")
						: parent.name())
				: String.join("\n", config.recipients()));
		p.put("P_SIGN_ON_BEHALF", or(config.signOnBehalf(), messages.get("report.signOnBehalf")));
		p.put("P_SIGNER_TITLE", or(config.signerTitle(), messages.get("report.signerTitle")));
		p.put("P_SIGNER_NAME", config.signerName());
		List<Map<String, ?>> annex = annexTable.rows(tree, unit, annexFiles);
		p.put("P_HAS_ANNEX", !annex.isEmpty());
		p.put("ANNEX_ROWS", new JRMapCollectionDataSource(annex));
		p.put("CHART_MEMBERS", new ChartRenderer(Charts.members(form, figures, messages)));
		p.put("CHART_AGREEMENTS", new ChartRenderer(children.stream().anyMatch(c -> !c.type().equals(grassrootsType))
				? Charts.ratioByChild(form, ratios, messages)
				: Charts.ratioByYear(form, figures, messages)));
		return p;
	}

	private List<Map<String, ?>> summaryRows(UnitFigures f) {
		List<Map<String, ?>> rows = new ArrayList<>();
		for (Section section : form.sections()) {
			rows.add(ReportRow.of("code", section.code(), "name", section.title().toUpperCase(messages.locale()),
					"section", true));
			for (Indicator indicator : section.indicators()) {
				switch (indicator.type()) {
					case INT, MONEY -> rows.add(row(indicator.code(), indicator.code(), indicator.name(),
							indicator.unit(), indicator.aggregation(), f, false));
					case BOOL -> rows.add(row(indicator.code(), indicator.code(),
							messages.get("report.countYes", indicator.name()), messages.get("report.unitUnits"),
							indicator.aggregation(), f, false));
					case CHOICE -> form.choices(indicator)
						.forEach(choice -> rows.add(row(indicator.code() + "." + choice, indicator.code(),
								messages.get("report.countChoice", indicator.name(), choice),
								messages.get("report.unitUnits"), indicator.aggregation(), f, false)));
				}
			}
		}
		rows.add(ReportRow.of("code", "", "name", messages.get("report.derivedSection"), "section", true));
		for (DerivedIndicator d : form.derived()) {
			rows.add(row(d.code(), d.code(), d.name(), d.unit(), d.aggregation(), f, "%".equals(d.unit())));
		}
		return rows;
	}

	private Map<String, ?> row(String key, String code, String name, String unit, AggregationClass aggregation,
			UnitFigures f, boolean percent) {
		Function<BigDecimal, String> show = v -> percent ? VietnameseFormat.percent(v) : VietnameseFormat.number(v);
		List<Integer> years = form.years();
		return ReportRow.of("code", code, "name", name, "unit", unit, "y1", show.apply(f.get(key, String.valueOf(years.get(0)))),
				"y2", show.apply(f.get(key, String.valueOf(years.get(1)))), "y3",
				show.apply(f.get(key, String.valueOf(years.get(2)))), "period",
				aggregation == AggregationClass.A ? "" : show.apply(f.get(key, period)), "section", false);
	}

	private List<Map<String, ?>> targetRows(String unitCode, UnitFigures f) {
		TargetJudge judge = new TargetJudge(form.years().size(), form.termYears());
		List<Map<String, ?>> rows = new ArrayList<>();
		for (Target target : targets.of(unitCode)) {
			Form.Figure figure = form.figure(target.indicator()).orElseThrow();
			String name = figure.name();
			String unit = figure.unit();
			AggregationClass aggregation = figure.aggregation();
			boolean percent = "%".equals(unit);
			Function<BigDecimal, String> show = v -> percent ? VietnameseFormat.percent(v) : VietnameseFormat.number(v);
			judge.judge(target, aggregation, f.get(target.indicator(), period),
					f.get(target.indicator(), String.valueOf(form.lastYear())))
				.ifPresent(j -> rows.add(ReportRow.of("name", target.indicator() + " – " + name, "unit", unit, "term",
						(target.comparison().equals("<=") ? "≤ " : "≥ ") + show.apply(target.termTarget()), "due",
						show.apply(j.due()), "result", show.apply(j.result()), "percent",
						VietnameseFormat.percent(j.percent()), "verdict",
						messages.get("report.verdict." + j.verdict().name()))));
		}
		return rows;
	}

	private String completeness(OrgTree tree, OrgUnit unit, UnitFigures f, Set<String> notReported) {
		StringBuilder text = new StringBuilder();
		for (int year : form.years()) {
			long expected = count(f, "EXPECTED", year);
			long submitted = count(f, "SUBMITTED", year);
			BigDecimal share = expected == 0 ? null
					: BigDecimal.valueOf(submitted * 100.0 / expected).setScale(1, java.math.RoundingMode.HALF_UP);
			text.append(messages.get("report.completeness.year", String.valueOf(year), String.valueOf(submitted),
					String.valueOf(expected), VietnameseFormat.percent(share))).append('\n');
		}
		List<String> missing = tree.subtree(unit.code())
			.stream()
			.filter(u -> u.type().equals(grassrootsType))
			.filter(u -> form.years().stream().anyMatch(u::isActiveInYear))
			.filter(u -> notReported.contains(u.code()))
			.map(u -> u.name() + " (" + u.code() + ")")
			.toList();
		if (missing.isEmpty()) {
			text.append(messages.get("report.completeness.all"));
		}
		else {
			String listed = missing.stream().limit(MAX_LISTED_MISSING).collect(Collectors.joining("; "));
			text.append(messages.get("report.completeness.missing", String.valueOf(missing.size()), listed));
			if (missing.size() > MAX_LISTED_MISSING) {
				text.append(' ').append(messages.get("report.completeness.more",
						String.valueOf(missing.size() - MAX_LISTED_MISSING)));
			}
		}
		return text.toString();
	}

	private static long count(UnitFigures f, String code, int year) {
		BigDecimal v = f.get(code, String.valueOf(year));
		return v == null ? 0 : v.longValue();
	}

	private static String or(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}
}
