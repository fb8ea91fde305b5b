package vn.tonghop.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.tonghop.system.Text;

/**
 * The append-only audit log (table {@code audit_event}, whose triggers refuse any update or delete). Each action is
 * recorded once, by the service that does it, in the same transaction where it has one.
 */
@Repository
public class AuditLog {

	/** The actor of what the nightly schedule starts. */
	public static final String SCHEDULE = "schedule";

	/** The actor of what the command line does (whoever runs it on the server). */
	public static final String COMMAND_LINE = "cli";

	/** The actor of the run a restarted server starts to finish one left unfinished. */
	public static final String RESTART = "restart";

	/** Separates the arguments of a detail in their column (no Vietnamese text holds it). */
	private static final String SEPARATOR = "\u001F";

	/** The columns actor and detail_args hold this many characters. */
	static final int MAX_ACTOR_CHARS = 100;

	static final int MAX_ARGS_CHARS = 4_000;

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param detailKey a message key ({@code audit.detail.*}) with {@code args} as its arguments
	 */
	public void record(String actor, AuditKind kind, String roundCode, String unitCode, String detailKey,
			Object... args) {
		// What someone else wrote (a mail's sender and subject, an error's message) can be of any length: an entry is
		// never refused for it, or the action it records (or the handling of its failure) would fail with it.
		int each = args.length == 0 ? 0 : (MAX_ARGS_CHARS - (args.length - 1)) / args.length;
		String joined = String.join(SEPARATOR, Arrays.stream(args).map(a -> Text.cut(String.valueOf(a), each)).toList());
		jdbc.sql("INSERT INTO audit_event (at_time, actor, kind, round_code, unit_code, detail_key, detail_args) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(Timestamp.from(Instant.now()), Text.cut(actor, MAX_ACTOR_CHARS), kind.name(), roundCode, unitCode,
					detailKey, joined)
			.update();
	}

	/**
	 * What to show.
	 *
	 * @param units the units whose entries are shown (a scope's subtree), or null for every entry (administrators),
	 * entries without a unit included only then
	 * @param unit one unit's entries only, or null
	 * @param kind one kind only, or null
	 * @param from, to the time window (either may be null)
	 */
	public record Filter(Collection<String> units, String unit, AuditKind kind, Instant from, Instant to, int limit) {
	}

	/** The entries the filter selects, newest first. */
	public List<AuditEvent> find(Filter filter) {
		StringBuilder sql = new StringBuilder("SELECT id, at_time, actor, kind, round_code, unit_code, detail_key, "
				+ "detail_args FROM audit_event WHERE 1 = 1");
		List<Object> params = new ArrayList<>();
		if (filter.units() != null) {
			// A scope's subtree can hold thousands of units: the check is done on the rows, not in the SQL text.
			sql.append(" AND unit_code IS NOT NULL");
		}
		if (filter.unit() != null) {
			sql.append(" AND unit_code = ?");
			params.add(filter.unit());
		}
		if (filter.kind() != null) {
			sql.append(" AND kind = ?");
			params.add(filter.kind().name());
		}
		if (filter.from() != null) {
			sql.append(" AND at_time >= ?");
			params.add(Timestamp.from(filter.from()));
		}
		if (filter.to() != null) {
			sql.append(" AND at_time < ?");
			params.add(Timestamp.from(filter.to()));
		}
		sql.append(" ORDER BY id DESC");
		java.util.Set<String> allowed = filter.units() == null ? null : java.util.Set.copyOf(filter.units());
		List<AuditEvent> events = new ArrayList<>();
		jdbc.sql(sql.toString()).params(params).query(rs -> {
			if (events.size() >= filter.limit()) {
				return;
			}
			String unitCode = rs.getString(6);
			if (allowed != null && !allowed.contains(unitCode)) {
				return;
			}
			String args = rs.getString(8);
			events.add(new AuditEvent(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					AuditKind.valueOf(rs.getString(4)), rs.getString(5), unitCode, rs.getString(7),
					args.isEmpty() ? List.of() : List.of(args.split(SEPARATOR, -1))));
		});
		return events;
	}
}
