package vn.tonghop.workflow;

import java.time.Instant;

/**
 * A unit's confirmation or lock of its subtree's figures in a round; open while {@code reopenedAt} is null.
 *
 * @param kind {@code CONFIRMED} ("Xác nhận số liệu") or {@code LOCKED} ("Chốt số liệu")
 */
public record RoundLock(long id, String roundCode, String unitCode, Kind kind, String lockedBy, Instant lockedAt,
		String reopenedBy, Instant reopenedAt, String reason) {

	public enum Kind {
		CONFIRMED, LOCKED
	}

	public boolean isOpen() {
		return reopenedAt == null;
	}
}
