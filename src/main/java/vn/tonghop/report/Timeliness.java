package vn.tonghop.report;

import java.time.LocalDate;
import java.util.Set;

/**
 * Who reported on time: the round's CĐCS deadline and the CĐCS whose counted file arrived after it (the few, not
 * the many).
 *
 * @param due null when the round has no deadline (then the report says nothing of time)
 */
public record Timeliness(LocalDate due, Set<String> late) {

	public static final Timeliness NONE = new Timeliness(null, Set.of());
}
