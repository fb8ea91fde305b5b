package vn.tonghop.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.tonghop.form.AggregationClass;
import vn.tonghop.form.FigureKind;
import vn.tonghop.form.Form;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.system.Messages;
import vn.tonghop.system.VietnameseFormat;

/**
 * The draft of "I.1. Kết quả" written from the figures: completeness, then for each figure the form's
 * {@code report.narrative} names its change from the first to the last year in numbers and per cent (percentage
 * points for a percentage), and for a percentage the child units highest and lowest. It says nothing the figures do
 * not: a figure without a value is left out, a change without a base is given without its per cent.
 */
final class ResultsDraft {

	/** A narrated figure that fell over the period, for "Tồn tại, hạn chế". */
	record Fall(String name, String change) {
	}

	private final Form form;

	private final Messages messages;

	private final List<Fall> falls = new ArrayList<>();

	ResultsDraft(Form form, Messages messages) {
		this.form = form;
		this.messages = messages;
	}

	/**
	 * @param childValues for each narrated percentage, each child's value in the last year (children without it left
	 * out)
	 */
	String draft(UnitFigures f, String completeness, Map<String, Map<OrgUnit, BigDecimal>> childValues) {
		List<String> lines = new ArrayList<>();
		lines.add(completeness);
		String first = String.valueOf(form.firstYear());
		String last = String.valueOf(form.lastYear());
		for (String code : form.report().narrative()) {
			Form.Figure figure = form.figure(code).orElseThrow();
			// A one-year form has no earlier year to compare with.
			BigDecimal a = form.isOneYear() ? null : f.get(code, first);
			BigDecimal b = f.get(code, last);
			if (b == null) {
				continue;
			}
			String name = lowerFirst(figure.name());
			String change = change(figure, a, b);
			if (a != null && b.compareTo(a) < 0) {
				falls.add(new Fall(name, change));
			}
			if (figure.aggregation() == AggregationClass.F && !form.isOneYear()) {
				lines.add(messages.get("report.draft.flow", first, last, name,
						FigureText.withUnit(figure, f.get(code, form.firstYear() + "-" + form.lastYear())),
						FigureText.withUnit(figure, b), change, FigureText.withUnit(figure, a)));
			}
			else if (a == null) {
				lines.add(messages.get("report.draft.only", last, name, FigureText.withUnit(figure, b)));
			}
			else {
				lines.add(messages.get("report.draft.stock", last, name, FigureText.withUnit(figure, b), change, first,
						FigureText.withUnit(figure, a)));
			}
			Map<OrgUnit, BigDecimal> children = childValues.getOrDefault(code, Map.of());
			if (figure.kind() == FigureKind.PERCENT && children.size() >= 2) {
				var high = children.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
				var low = children.entrySet().stream().min(Map.Entry.comparingByValue(Comparator.naturalOrder())).orElseThrow();
				lines.add(messages.get("report.draft.children", name, last, UnitNames.unionName(high.getKey().name()),
						FigureText.of(figure, high.getValue()), UnitNames.unionName(low.getKey().name()),
						FigureText.of(figure, low.getValue())));
			}
		}
		return String.join("\n", lines);
	}

	/** The narrated figures that fell, after {@link #draft}. */
	List<Fall> falls() {
		return falls;
	}

	private String change(Form.Figure figure, BigDecimal a, BigDecimal b) {
		if (a == null) {
			return "";
		}
		int sign = b.compareTo(a);
		if (sign == 0) {
			return messages.get("report.draft.change.same");
		}
		BigDecimal difference = b.subtract(a).abs();
		String direction = sign > 0 ? "up" : "down";
		if (figure.kind() == FigureKind.PERCENT) {
			return messages.get("report.draft.change." + direction + "Points", VietnameseFormat.amount(difference));
		}
		if (a.signum() == 0) {
			return messages.get("report.draft.change." + direction + "NoBase", FigureText.withUnit(figure, difference));
		}
		BigDecimal percent = difference.multiply(BigDecimal.valueOf(100)).divide(a.abs(), 4, RoundingMode.HALF_UP);
		return messages.get("report.draft.change." + direction, FigureText.withUnit(figure, difference),
				VietnameseFormat.percent(percent));
	}

	/** "Tổng số đoàn viên" → "tổng số đoàn viên"; an acronym at the start ("CNVCLĐ…") keeps its capitals. */
	static String lowerFirst(String name) {
		if (name.length() < 2 || !Character.isLowerCase(name.charAt(1))) {
			return name;
		}
		return name.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + name.substring(1);
	}
}
