package vn.tonghop.report;

import java.util.List;
import java.util.Set;

import vn.tonghop.consolidation.Total;

/** The rows of the run a report is made from, by unit. */
@FunctionalInterface
public interface UnitRowsOf {

	/** Every row of the unit; none for a unit without figures (a CĐCS that did not report). */
	List<Total> all(String unitCode);

	/**
	 * At least the unit's rows of {@code indicators} (the form's codes; a choice's rows come under its list's code),
	 * and no other values than {@link #all} gives: what a report reads of each child, which for a CĐCS need not be
	 * worked out whole.
	 */
	default List<Total> of(String unitCode, Set<String> indicators) {
		return all(unitCode);
	}
}
