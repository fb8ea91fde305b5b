package vn.tonghop.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Wrong passwords for user names that do not exist, counted like those of real accounts, so that a name being held
 * tells nobody whether it exists. Kept in memory and bounded: guesses at names must not fill the database.
 */
final class UnknownNameThrottle {

	/** The oldest names are forgotten past this many; a real attack is held by each name's own count. */
	private static final int MAX_NAMES = 10_000;

	private record Count(int failures, Instant heldUntil) {
	}

	private final Map<String, Count> counts = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
			return size() > MAX_NAMES;
		}
	};

	private final int maxFailures;

	private final Duration hold;

	private final Clock clock;

	UnknownNameThrottle(int maxFailures, Duration hold, Clock clock) {
		this.maxFailures = maxFailures;
		this.hold = hold;
		this.clock = clock;
	}

	synchronized boolean isHeld(String username) {
		Count count = counts.get(key(username));
		return count != null && count.heldUntil() != null && count.heldUntil().isAfter(clock.instant());
	}

	synchronized void failed(String username) {
		Count count = counts.getOrDefault(key(username), new Count(0, null));
		int failures = count.failures() + 1;
		counts.put(key(username), failures >= maxFailures ? new Count(0, clock.instant().plus(hold))
				: new Count(failures, count.heldUntil()));
	}

	private static String key(String username) {
		return username == null ? "" : username.toLowerCase(Locale.ROOT);
	}
}
