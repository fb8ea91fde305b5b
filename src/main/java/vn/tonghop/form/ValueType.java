package vn.tonghop.form;

/** How a cell of the form is typed in and checked. */
public enum ValueType {
	/** Non-negative whole number. */
	INT,
	/** Million đồng, non-negative, up to three decimals. */
	MONEY,
	/** Có / Không; counted as units answering Có above the CĐCS. */
	BOOL,
	/** One value of a choice list; counted per choice above the CĐCS. */
	CHOICE;

	/**
	 * The first number no figure may reach, 10^15: Excel keeps 15 significant digits, so a number from there up is not
	 * the exact figure anyone counted (1E+300 was once accepted as a union's workers). Forms and targets both hold to it.
	 */
	public static final java.math.BigDecimal TOO_LARGE = java.math.BigDecimal.TEN.pow(15);

	public boolean isNumeric() {
		return this == INT || this == MONEY;
	}
}
