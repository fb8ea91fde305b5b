package vn.tonghop.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.tonghop.audit.AuditKind;
import vn.tonghop.audit.AuditLog;

/** The append-only record of changes to accounts (table {@code account_event}): never updated, never deleted. */
@Repository
public class AccountEvents {

	/** What was done to an account. */
	public enum Action {
		CREATE, RESET_PASSWORD, UNLOCK, DISABLE, ENABLE, CHANGE
	}

	/**
	 * One change.
	 *
	 * @param detail what changed, as people read it, e.g. "Vai trò: Cán bộ tổng hợp → Quản trị; đơn vị: TN-DMC → TN"
	 */
	public record Event(Instant at, String actor, String username, Action action, String detail) {
	}

	private final JdbcClient jdbc;

	private final AuditLog audit;

	AccountEvents(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** @param detail cut to the 500 characters the table keeps (two long unit names can make more) */
	void record(String actor, String username, Action action, String detail) {
		jdbc.sql("INSERT INTO account_event (at_time, actor, username, action, detail) VALUES (?, ?, ?, ?, ?)")
			.params(Timestamp.from(Instant.now()), actor, username, action.name(), vn.tonghop.system.Text.cut(detail, 500))
			.update();
		// The audit log holds it too, so one page answers "who did what"; this table keeps the account page's view.
		audit.record(actor, AuditKind.ACCOUNT, null, null, "audit.detail.account." + action.name(), username, detail);
	}

	/** The latest changes, newest first. */
	public List<Event> latest(int limit) {
		return jdbc.sql("SELECT at_time, actor, username, action, detail FROM account_event ORDER BY id DESC "
				+ "FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY")
			.query((rs, n) -> new Event(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
					Action.valueOf(rs.getString(4)), rs.getString(5)))
			.list();
	}
}
