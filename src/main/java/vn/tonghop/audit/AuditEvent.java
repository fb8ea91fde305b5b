package vn.tonghop.audit;

import java.time.Instant;
import java.util.List;

/**
 * One entry of the audit log.
 *
 * @param actor the user's name, or {@link AuditLog#SCHEDULE} / {@link AuditLog#COMMAND_LINE}
 * @param detailKey the message key of the sentence that says what was done, with {@code detailArgs}
 */
public record AuditEvent(long id, Instant at, String actor, AuditKind kind, String roundCode, String unitCode,
		String detailKey, List<String> detailArgs) {
}
