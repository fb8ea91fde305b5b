package vn.tonghop.form;

/** How a figure prints: each kind has one number of decimals wherever it appears (counts 0, amounts 1, per cent 1). */
public enum FigureKind {

	COUNT, AMOUNT, PERCENT;

	static FigureKind of(ValueType type, String unit) {
		if ("%".equals(unit)) {
			return PERCENT;
		}
		return type == ValueType.MONEY ? AMOUNT : COUNT;
	}
}
