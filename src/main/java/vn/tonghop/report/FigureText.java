package vn.tonghop.report;

import java.math.BigDecimal;

import vn.tonghop.form.FigureKind;
import vn.tonghop.form.Form;
import vn.tonghop.system.VietnameseFormat;

/** A figure as a report prints it: one number of decimals per kind (counts whole, amounts and per cent one). */
final class FigureText {

	private FigureText() {
	}

	static String of(Form.Figure figure, BigDecimal value) {
		return of(figure.kind(), value);
	}

	static String of(FigureKind kind, BigDecimal value) {
		return switch (kind) {
			case PERCENT -> VietnameseFormat.percent(value);
			case AMOUNT -> VietnameseFormat.amount(value);
			case COUNT -> VietnameseFormat.count(value);
		};
	}

	/**
	 * A change, signed ("+30", "−5", "0"); a percentage's in points, so without the per cent sign ("+1,2"): a change
	 * from 60 % to 61,2 % is not 1,2 % of anything.
	 */
	static String signed(FigureKind kind, BigDecimal change) {
		String sign = change.signum() > 0 ? "+" : change.signum() < 0 ? "\u2212" : "";
		return sign + of(kind == FigureKind.PERCENT ? FigureKind.AMOUNT : kind, change.abs());
	}

	/** The figure with its unit, as a sentence says it: "26.351 người", "85,3%", "1.234,5 triệu đồng". */
	static String withUnit(Form.Figure figure, BigDecimal value) {
		String text = of(figure, value);
		return figure.kind() == FigureKind.PERCENT || figure.unit() == null || figure.unit().isBlank() ? text
				: text + " " + figure.unit();
	}
}
