package vn.tonghop.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.tonghop.form.Form;
import vn.tonghop.form.Indicator;
import vn.tonghop.form.ReportLayout;
import vn.tonghop.form.ValueType;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.system.Messages;
import vn.tonghop.system.VietnameseFormat;

/**
 * The children's table of a report: each child unit's key figures, as the form definition's {@code report:}
 * section names them (fields {@code name}, {@code c1} … {@code c6} of the children-table layout).
 */
final class ChildrenTable {

	private static final String DASH = "–";

	private final Form form;

	private final Messages messages;

	private final String grassrootsType;

	ChildrenTable(Form form, Messages messages, String grassrootsType) {
		this.form = form;
		this.messages = messages;
		this.grassrootsType = grassrootsType;
	}

	/** The columns' headings: the label and the last year, or the period for a column over the whole period. */
	List<String> headers() {
		String first = String.valueOf(form.firstYear());
		String last = String.valueOf(form.lastYear());
		return form.report().childColumns().stream().map(c -> c.wholePeriod()
				? messages.get("report.children.headerPeriod", c.label(), first, last)
				: messages.get("report.children.headerYear", c.label(), last)).toList();
	}

	/**
	 * The rows, reading each child's figures once and keeping none of them: a province of 500 districts would
	 * otherwise hold every district's figures at once. Puts each child's charted ratio of the last year into
	 * {@code ratios}.
	 */
	List<Map<String, ?>> rows(List<OrgUnit> children, Function<String, UnitFigures> figuresOf,
			Map<OrgUnit, BigDecimal> ratios) {
		String last = String.valueOf(form.lastYear());
		List<ReportLayout.ChildColumn> columns = form.report().childColumns();
		List<Map<String, ?>> rows = new ArrayList<>();
		for (OrgUnit child : children) {
			UnitFigures f = figuresOf.apply(child.code());
			ratios.put(child, f.get(form.report().ratioChart(), last));
			boolean grassroots = child.type().equals(grassrootsType);
			Map<String, Object> row = new java.util.HashMap<>();
			boolean silent = grassroots && f.isEmpty();
			row.put("name", !grassroots ? child.name() : UnitNames.shortName(child.name())
					+ (silent ? " " + messages.get("report.notReported") : ""));
			for (int i = 0; i < columns.size(); i++) {
				row.put("c" + (i + 1), silent ? DASH : cell(child, f, columns.get(i), grassroots));
			}
			rows.add(row);
		}
		return rows;
	}

	private String cell(OrgUnit child, UnitFigures f, ReportLayout.ChildColumn column, boolean grassroots) {
		String last = String.valueOf(form.lastYear());
		if (grassroots && column.grassroots() != null) {
			return orDash(answer(child, f, form.indicator(column.grassroots()).orElseThrow(), last));
		}
		String key = column.wholePeriod() ? form.firstYear() + "-" + form.lastYear() : last;
		BigDecimal value = f.get(column.code(), key);
		boolean percent = form.figure(column.code()).map(x -> "%".equals(x.unit())).orElse(false);
		return orDash(percent ? VietnameseFormat.percent(value) : VietnameseFormat.number(value));
	}

	/** A grassroots union's own answer: yes/no where the form asks it of the unit's sector, or the choice made. */
	private String answer(OrgUnit child, UnitFigures f, Indicator indicator, String year) {
		if (indicator.type() == ValueType.BOOL) {
			BigDecimal yes = f.get(indicator.code(), year);
			if (!indicator.isRequiredFor(child.sector()) || yes == null) {
				return DASH;
			}
			return yes.signum() > 0 ? messages.get("report.yes") : messages.get("report.no");
		}
		return form.choices(indicator)
			.stream()
			.filter(c -> f.get(indicator.code() + "." + c, year) != null
					&& f.get(indicator.code() + "." + c, year).signum() > 0)
			.findFirst()
			.orElse("");
	}

	private static String orDash(String s) {
		return s == null || s.isEmpty() ? DASH : s;
	}
}
