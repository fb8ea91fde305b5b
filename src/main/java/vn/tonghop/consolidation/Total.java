package vn.tonghop.consolidation;

import java.math.BigDecimal;

/**
 * One consolidated figure: a unit's value of an indicator for a year ("2018") or the whole period ("2018-2020").
 * Counts of yes/no answers stand under the indicator's code, counts of a choice under "CODE.CHOICE"; completeness
 * under SUBMITTED and EXPECTED; ratios in percent.
 */
public record Total(String unitCode, String indicator, String period, BigDecimal value) {
}
