package vn.tonghop.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

	/** Bảng 2: the unit's name, then each column headed by its label and the last year (or the period). */
	ReportTable table(List<Map<String, ?>> rows) {
		String last = String.valueOf(form.lastYear());
		List<ReportTable.Column> columns = new ArrayList<>();
		columns.add(new ReportTable.Column("name", messages.get("report.children.unit"), 167, ReportTable.Align.LEFT));
		int i = 1;
		for (ReportLayout.ChildColumn c : form.report().childColumns()) {
			columns.add(new ReportTable.Column("c" + i++, c.wholePeriod()
					? messages.get("report.children.headerPeriod", c.label(), form.periodText())
					: messages.get("report.children.headerYear", c.label(), last), 50, ReportTable.Align.RIGHT));
		}
		return new ReportTable("children-table", columns, rows);
	}

	/**
	 * The rows, reading each child's figures once and keeping none of them: a province of 500 districts would
	 * otherwise hold every district's figures at once. Of a CĐCS only the indicators the table and {@code codes}
	 * show are read. Puts each child's last-year value of each of {@code codes} into {@code lastYear}
	 * (code → child → value; children without the value left out).
	 *
	 * @param notReported the CĐCS without a current accepted submission, whose row says so
	 */
	List<Map<String, ?>> rows(List<OrgUnit> children, UnitRowsOf figuresOf, Set<String> notReported,
			Set<String> codes, Map<String, Map<OrgUnit, BigDecimal>> lastYear) {
		String last = String.valueOf(form.lastYear());
		List<ReportLayout.ChildColumn> columns = form.report().childColumns();
		Set<String> read = read(columns, codes);
		List<Map<String, ?>> rows = new ArrayList<>();
		for (OrgUnit child : children) {
			UnitFigures f = new UnitFigures(figuresOf.of(child.code(), read));
			for (String code : codes) {
				BigDecimal value = f.get(code, last);
				if (value != null) {
					lastYear.computeIfAbsent(code, k -> new java.util.LinkedHashMap<>()).put(child, value);
				}
			}
			boolean grassroots = child.type().equals(grassrootsType);
			Map<String, Object> row = new java.util.HashMap<>();
			boolean silent = grassroots && notReported.contains(child.code());
			row.put("name", (!grassroots ? child.name() : UnitNames.shortName(child.name())) + lifeMark(child)
					+ (silent ? " " + messages.get("report.notReported") : ""));
			for (int i = 0; i < columns.size(); i++) {
				row.put("c" + (i + 1), silent ? DASH : cell(child, f, columns.get(i), grassroots));
			}
			rows.add(row);
		}
		return rows;
	}

	/** The codes of the indicators a child's row and {@code codes} read, a choice's by its list's code. */
	private static Set<String> read(List<ReportLayout.ChildColumn> columns, Set<String> codes) {
		Set<String> read = new HashSet<>();
		for (ReportLayout.ChildColumn column : columns) {
			read.add(Form.baseCode(column.code()));
			if (column.grassroots() != null) {
				read.add(Form.baseCode(column.grassroots()));
			}
		}
		codes.forEach(code -> read.add(Form.baseCode(code)));
		return read;
	}

	/** " (giải thể 30/09/2019)" or " (thành lập 01/06/2020)" for a unit that ended or began within the period. */
	private String lifeMark(OrgUnit child) {
		java.time.LocalDate start = java.time.LocalDate.of(form.firstYear(), 1, 1);
		java.time.LocalDate end = java.time.LocalDate.of(form.lastYear(), 12, 31);
		if (child.validTo() != null && !child.validTo().isAfter(end)) {
			return " " + messages.get("report.children.dissolved", VietnameseFormat.shortDate(child.validTo()));
		}
		if (child.validFrom() != null && child.validFrom().isAfter(start)) {
			return " " + messages.get("report.children.founded", VietnameseFormat.shortDate(child.validFrom()));
		}
		return "";
	}

	private String cell(OrgUnit child, UnitFigures f, ReportLayout.ChildColumn column, boolean grassroots) {
		String last = String.valueOf(form.lastYear());
		if (grassroots && column.grassroots() != null) {
			return orDash(answer(child, f, form.indicator(column.grassroots()).orElseThrow(), last));
		}
		if (grassroots && form.countsActiveUnits(column.code())) {
			// A CĐCS is one CĐCS where it stands at the last year's end: the registry says so, not its form.
			return child.isActiveInYear(form.lastYear()) ? "1" : "0";
		}
		String key = column.wholePeriod() ? form.firstYear() + "-" + form.lastYear() : last;
		BigDecimal value = f.get(column.code(), key);
		return orDash(FigureText.of(form.figure(column.code()).orElseThrow(), value));
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
