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

	public boolean isNumeric() {
		return this == INT || this == MONEY;
	}
}
