package vn.tonghop.targets;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A term target of a unit (DOMAIN.md §4).
 *
 * @param comparison ">=" (at least) or "<=" (at most)
 * @param allocations optional yearly shares of a flow target, by year
 */
public record Target(String unitCode, String indicator, String comparison, BigDecimal termTarget,
		Map<Integer, BigDecimal> allocations, String note) {
}
