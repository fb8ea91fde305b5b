package vn.tonghop.outputs;

import java.util.ArrayList;
import java.util.List;

import vn.tonghop.form.AggregationClass;
import vn.tonghop.form.DerivedIndicator;
import vn.tonghop.form.FigureKind;
import vn.tonghop.form.Form;
import vn.tonghop.form.Indicator;
import vn.tonghop.form.Section;
import vn.tonghop.system.Messages;

/** Every figure code of a unit's totals in the order of the form, under its section, with name, unit and kind. */
final class FigureLines {

	/** @param hasPeriod false for class A, which is not added up over the years */
	record Line(String code, String name, String unit, FigureKind kind, boolean hasPeriod, boolean section) {
	}

	private final Form form;

	private final Messages messages;

	FigureLines(Form form, Messages messages) {
		this.form = form;
		this.messages = messages;
	}

	List<Line> all() {
		List<Line> lines = new ArrayList<>();
		String units = messages.get("report.unitUnits");
		for (Section section : form.sections()) {
			lines.add(new Line(section.code(), section.title().toUpperCase(messages.locale()), "", null, false, true));
			for (Indicator i : section.indicators()) {
				boolean period = i.aggregation() != AggregationClass.A;
				switch (i.type()) {
					case CHOICE -> form.choices(i).forEach(c -> lines.add(new Line(i.code() + "." + c,
							messages.get("report.countChoice", i.name(), c), units, FigureKind.COUNT, period, false)));
					case BOOL -> lines.add(new Line(i.code(), messages.get("report.countYes", i.name()), units,
							FigureKind.COUNT, period, false));
					default -> lines.add(new Line(i.code(), i.name(), i.unit(),
							form.figure(i.code()).orElseThrow().kind(), period, false));
				}
			}
		}
		lines.add(new Line("", messages.get("report.derivedSection"), "", null, false, true));
		for (DerivedIndicator d : form.derived()) {
			lines.add(new Line(d.code(), d.name(), d.unit(), form.figure(d.code()).orElseThrow().kind(),
					d.aggregation() != AggregationClass.A, false));
		}
		lines.add(new Line("SUBMITTED", messages.get("export.submitted"), units, FigureKind.COUNT, false, false));
		lines.add(new Line("EXPECTED", messages.get("export.expected"), units, FigureKind.COUNT, false, false));
		return lines;
	}
}
