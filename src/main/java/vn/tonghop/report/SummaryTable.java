package vn.tonghop.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

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

	/**
	 * @param earlierYear the last year of the round compared with, when there is one
	 * @param earlier the unit's figures in that round
	 */
	ReportTable table(UnitFigures f, Optional<Integer> earlierYear, Optional<UnitFigures> earlier) {
		List<Integer> years = form.years();
		boolean compare = earlier.isPresent();
		ReportTable.Align right = ReportTable.Align.RIGHT;
		List<ReportTable.Column> columns = new ArrayList<>();
		// Widths (points) of each layout's JRXML, reports/summary-table*.jrxml: they must stay equal. The last two of a
		// compared layout are the earlier round's figure and the change.
		int[] w = years.size() == 1 ? (compare ? new int[] { 52, 181, 60, 58, 58, 58 } : new int[] { 60, 247, 70, 90 })
				: compare ? new int[] { 44, 119, 44, 44, 44, 44, 44, 44, 40 } : new int[] { 60, 147, 56, 50, 50, 50, 54 };
		columns.add(new ReportTable.Column("code", messages.get("report.column.code"), w[0], ReportTable.Align.CENTER));
		columns.add(new ReportTable.Column("name", messages.get("report.column.name"), w[1], ReportTable.Align.LEFT));
		columns.add(new ReportTable.Column("unit", messages.get("report.column.unit"), w[2], ReportTable.Align.CENTER));
		for (int i = 0; i < years.size(); i++) {
			columns.add(new ReportTable.Column("y" + (i + 1),
					messages.get("template.column.year", String.valueOf(years.get(i))), w[3 + i], right));
		}
		if (years.size() > 1) {
			columns.add(new ReportTable.Column("period", messages.get("report.column.period"), w[6], right));
		}
		if (compare) {
			columns.add(new ReportTable.Column("previous",
					messages.get("template.column.year", String.valueOf(earlierYear.orElseThrow())), w[w.length - 2], right));
			columns.add(new ReportTable.Column("change", messages.get("report.compare.change"), w[w.length - 1], right));
		}
		String layout = (years.size() == 1 ? "summary-table-1" : "summary-table") + (compare
				? (years.size() == 1 ? "c" : "-3c") : "");
		return new ReportTable(layout, columns, rows(f, earlierYear, earlier));
	}

	private List<Map<String, ?>> rows(UnitFigures f, Optional<Integer> earlierYear, Optional<UnitFigures> earlier) {
		List<Map<String, ?>> rows = new ArrayList<>();
		for (Section section : form.sections()) {
			rows.add(ReportRow.of("code", section.code(), "name", section.title().toUpperCase(messages.locale()),
					"section", true));
			for (Indicator indicator : section.indicators()) {
				Form.Figure figure = form.figure(indicator.code()).orElseThrow();
				switch (indicator.type()) {
					case INT, MONEY -> rows.add(row(indicator.code(), indicator.code(), indicator.name(),
							indicator.unit(), indicator.aggregation(), f, figure.kind(), earlierYear, earlier));
					case BOOL -> rows.add(row(indicator.code(), indicator.code(),
							messages.get("report.countYes", indicator.name()), messages.get("report.unitUnits"),
							indicator.aggregation(), f, FigureKind.COUNT, earlierYear, earlier));
					case CHOICE -> form.choices(indicator)
						.forEach(choice -> rows.add(row(indicator.code() + "." + choice, indicator.code(),
								messages.get("report.countChoice", indicator.name(), choice),
								messages.get("report.unitUnits"), indicator.aggregation(), f, FigureKind.COUNT, earlierYear,
								earlier)));
				}
			}
		}
		rows.add(ReportRow.of("code", "", "name", messages.get("report.derivedSection"), "section", true));
		for (DerivedIndicator d : form.derived()) {
			rows.add(row(d.code(), d.code(), d.name(), d.unit(), d.aggregation(), f,
					form.figure(d.code()).orElseThrow().kind(), earlierYear, earlier));
		}
		return rows;
	}

	private Map<String, ?> row(String key, String code, String name, String unit, AggregationClass aggregation,
			UnitFigures f, FigureKind kind, Optional<Integer> earlierYear, Optional<UnitFigures> earlier) {
		List<Integer> years = form.years();
		Map<String, Object> row = new LinkedHashMap<>(Map.of("code", code, "name", name, "unit", unit, "section", false));
		for (int i = 0; i < years.size(); i++) {
			row.put("y" + (i + 1), FigureText.of(kind, f.get(key, String.valueOf(years.get(i)))));
		}
		if (years.size() > 1) {
			BigDecimal period = f.get(key, form.firstYear() + "-" + form.lastYear());
			row.put("period", aggregation == AggregationClass.A ? "" : FigureText.of(kind, period));
		}
		earlier.ifPresent(e -> {
			BigDecimal before = e.get(key, String.valueOf(earlierYear.orElseThrow()));
			BigDecimal now = f.get(key, String.valueOf(form.lastYear()));
			row.put("previous", FigureText.of(kind, before));
			row.put("change", before == null || now == null ? "" : FigureText.signed(kind, now.subtract(before)));
		});
		return row;
	}
}
