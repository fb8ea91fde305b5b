package vn.tonghop.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.tonghop.form.AggregationClass;
import vn.tonghop.form.DerivedIndicator;
import vn.tonghop.form.FigureKind;
import vn.tonghop.form.Form;
import vn.tonghop.form.Indicator;
import vn.tonghop.form.Section;
import vn.tonghop.system.Messages;

/**
 * Bảng 1: every figure of the form for each year and the whole period (by class), sections as the form has them. A
 * one-year form (an annual report) has its year only: the period is that year.
 */
final class SummaryTable {

	private final Form form;

	private final Messages messages;

	SummaryTable(Form form, Messages messages) {
		this.form = form;
		this.messages = messages;
	}

	ReportTable table(UnitFigures f) {
		List<Integer> years = form.years();
		if (years.size() == 1) {
			return new ReportTable("summary-table-1", List.of(
					new ReportTable.Column("code", messages.get("report.column.code"), 60, ReportTable.Align.CENTER),
					new ReportTable.Column("name", messages.get("report.column.name"), 247, ReportTable.Align.LEFT),
					new ReportTable.Column("unit", messages.get("report.column.unit"), 70, ReportTable.Align.CENTER),
					new ReportTable.Column("y1", messages.get("template.column.year", String.valueOf(years.get(0))), 90,
							ReportTable.Align.RIGHT)),
					rows(f));
		}
		return new ReportTable("summary-table", List.of(
				new ReportTable.Column("code", messages.get("report.column.code"), 60, ReportTable.Align.CENTER),
				new ReportTable.Column("name", messages.get("report.column.name"), 147, ReportTable.Align.LEFT),
				new ReportTable.Column("unit", messages.get("report.column.unit"), 56, ReportTable.Align.CENTER),
				new ReportTable.Column("y1", messages.get("template.column.year", String.valueOf(years.get(0))), 50, ReportTable.Align.RIGHT),
				new ReportTable.Column("y2", messages.get("template.column.year", String.valueOf(years.get(1))), 50, ReportTable.Align.RIGHT),
				new ReportTable.Column("y3", messages.get("template.column.year", String.valueOf(years.get(2))), 50, ReportTable.Align.RIGHT),
				new ReportTable.Column("period", messages.get("report.column.period"), 54, ReportTable.Align.RIGHT)),
				rows(f));
	}

	private List<Map<String, ?>> rows(UnitFigures f) {
		List<Map<String, ?>> rows = new ArrayList<>();
		for (Section section : form.sections()) {
			rows.add(ReportRow.of("code", section.code(), "name", section.title().toUpperCase(messages.locale()),
					"section", true));
			for (Indicator indicator : section.indicators()) {
				Form.Figure figure = form.figure(indicator.code()).orElseThrow();
				switch (indicator.type()) {
					case INT, MONEY -> rows.add(row(indicator.code(), indicator.code(), indicator.name(),
							indicator.unit(), indicator.aggregation(), f, figure.kind()));
					case BOOL -> rows.add(row(indicator.code(), indicator.code(),
							messages.get("report.countYes", indicator.name()), messages.get("report.unitUnits"),
							indicator.aggregation(), f, FigureKind.COUNT));
					case CHOICE -> form.choices(indicator)
						.forEach(choice -> rows.add(row(indicator.code() + "." + choice, indicator.code(),
								messages.get("report.countChoice", indicator.name(), choice),
								messages.get("report.unitUnits"), indicator.aggregation(), f, FigureKind.COUNT)));
				}
			}
		}
		rows.add(ReportRow.of("code", "", "name", messages.get("report.derivedSection"), "section", true));
		for (DerivedIndicator d : form.derived()) {
			rows.add(row(d.code(), d.code(), d.name(), d.unit(), d.aggregation(), f,
					form.figure(d.code()).orElseThrow().kind()));
		}
		return rows;
	}

	private Map<String, ?> row(String key, String code, String name, String unit, AggregationClass aggregation,
			UnitFigures f, FigureKind kind) {
		List<Integer> years = form.years();
		if (years.size() == 1) {
			return ReportRow.of("code", code, "name", name, "unit", unit, "y1",
					FigureText.of(kind, f.get(key, String.valueOf(years.get(0)))), "section", false);
		}
		BigDecimal period = f.get(key, form.firstYear() + "-" + form.lastYear());
		return ReportRow.of("code", code, "name", name, "unit", unit, "y1",
				FigureText.of(kind, f.get(key, String.valueOf(years.get(0)))), "y2",
				FigureText.of(kind, f.get(key, String.valueOf(years.get(1)))), "y3",
				FigureText.of(kind, f.get(key, String.valueOf(years.get(2)))), "period",
				aggregation == AggregationClass.A ? "" : FigureText.of(kind, period), "section", false);
	}
}
