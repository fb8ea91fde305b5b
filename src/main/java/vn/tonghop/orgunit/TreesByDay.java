package vn.tonghop.orgunit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The trees of one registry version by day, the least recently used dropped beyond a few: the days asked for are the
 * rounds' reference dates and today, and a server running for months asks for a new "today" every day.
 */
final class TreesByDay extends LinkedHashMap<LocalDate, OrgTree> {

	private static final int KEPT = 8;

	TreesByDay() {
		super(16, 0.75f, true);
	}

	@Override
	protected boolean removeEldestEntry(Map.Entry<LocalDate, OrgTree> eldest) {
		return size() > KEPT;
	}
}
