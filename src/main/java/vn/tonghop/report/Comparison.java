package vn.tonghop.report;

import java.util.List;
import java.util.function.Function;

import vn.tonghop.consolidation.Total;

/**
 * The earlier round a report sets its figures beside ("so với kỳ trước"): each code the two forms share, the earlier
 * round's figure of its last year and the change.
 *
 * @param title the earlier round's title, for the note under the table
 * @param year the earlier round's last year, whose figures are compared
 * @param rowsOf a unit's rows in the earlier round's latest completed run (empty for a unit it did not have)
 */
public record Comparison(String title, int year, Function<String, List<Total>> rowsOf) {
}
