package vn.tonghop.form;

/**
 * How a figure is combined across units and across the years of the period (DOMAIN.md §2).
 */
public enum AggregationClass {
	/** Stock at the year's cut-off: summed across units, period value = last year. */
	S,
	/** Opening stock: summed across units, period value = first year. */
	S0,
	/** Flow during the year: summed across units and years. */
	F,
	/** "Units that did X that year": summed across units, no period value. */
	A,
	/** Ratio or average: recomputed from aggregated parts, never summed. */
	R
}
