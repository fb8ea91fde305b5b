package vn.tonghop.workflow;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tonghop.audit.AuditKind;
import vn.tonghop.audit.AuditLog;
import vn.tonghop.intake.Submissions;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.Scope;
import vn.tonghop.rounds.Round;

/**
 * Confirmations and locks of a round's figures (table {@code round_lock}). While a unit's subtree is confirmed or
 * locked, files accepted for its CĐCS are kept, checked and shown but held: the figures confirmed stay the ones
 * counted. Reopening needs the unit that locked or one above it, and a reason; it releases the held files that no
 * other open lock still covers, and the next run counts them.
 */
@Service
public class Locks {

	private final JdbcClient jdbc;

	private final Submissions submissions;

	private final AuditLog audit;

	Locks(JdbcClient jdbc, Submissions submissions, AuditLog audit) {
		this.jdbc = jdbc;
		this.submissions = submissions;
		this.audit = audit;
	}

	/** The round's locks, open and reopened, newest first. */
	public List<RoundLock> of(String roundCode) {
		return jdbc.sql("SELECT id, round_code, unit_code, kind, locked_by, locked_at, reopened_by, reopened_at, reason "
				+ "FROM round_lock WHERE round_code = ? ORDER BY id DESC")
			.param(roundCode)
			.query((rs, n) -> new RoundLock(rs.getLong(1), rs.getString(2), rs.getString(3),
					RoundLock.Kind.valueOf(rs.getString(4)), rs.getString(5), rs.getTimestamp(6).toInstant(),
					rs.getString(7), rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant(),
					rs.getString(9)))
			.list();
	}

	/** The round's open locks that cover {@code unitCode}: its own and its ancestors'. */
	public List<RoundLock> covering(String roundCode, OrgTree tree, String unitCode) {
		return of(roundCode).stream().filter(RoundLock::isOpen).filter(l -> covers(tree, l, unitCode)).toList();
	}

	/**
	 * Which units a run holds: those under an open lock of the round. Evaluated per unit by its ancestors, so a
	 * province's lock costs no set of all its CĐCS.
	 */
	public Predicate<String> heldUnits(Round round, OrgTree tree) {
		Set<String> locked = of(round.code()).stream()
			.filter(RoundLock::isOpen)
			.map(RoundLock::unitCode)
			.collect(Collectors.toSet());
		if (locked.isEmpty()) {
			return unit -> false;
		}
		return unit -> locked.contains(unit) || tree.ancestors(unit).stream().anyMatch(a -> locked.contains(a.code()));
	}

	/**
	 * Confirms or locks the figures of {@code unitCode}'s subtree in the round.
	 *
	 * @throws LockRejected when an open lock of the same kind already covers the unit
	 * @throws vn.tonghop.orgunit.OutOfScopeException for a unit outside the user's scope
	 */
	@Transactional
	public RoundLock lock(Round round, Scope scope, String unitCode, RoundLock.Kind kind, String actor) {
		scope.require(unitCode);
		if (covering(round.code(), scope.tree(), unitCode).stream().anyMatch(l -> l.kind() == kind)) {
			throw new LockRejected("workflow.lock.already." + kind.name(), unitCode);
		}
		Instant now = Instant.now();
		jdbc.sql("INSERT INTO round_lock (round_code, unit_code, kind, locked_by, locked_at) VALUES (?, ?, ?, ?, ?)")
			.params(round.code(), unitCode, kind.name(), actor, Timestamp.from(now))
			.update();
		audit.record(actor, kind == RoundLock.Kind.LOCKED ? AuditKind.LOCK : AuditKind.CONFIRMATION, round.code(),
				unitCode, "audit.detail." + kind.name(), round.title());
		return of(round.code()).get(0);
	}

	/** The longest reason kept (table round_lock); the page's field takes 500. */
	static final int MAX_REASON = 2_000;

	/**
	 * Reopens an open lock. The user's unit must be the one that locked or above it.
	 *
	 * @return how many CĐCS had held files released to be counted by the next run
	 * @throws LockRejected without a reason, or for a lock already reopened or not the user's to reopen
	 */
	@Transactional
	public int reopen(Round round, Scope scope, long lockId, String reason, String actor) {
		RoundLock lock = of(round.code()).stream()
			.filter(l -> l.id() == lockId)
			.findFirst()
			.orElseThrow(() -> new LockRejected("workflow.reopen.unknown"));
		if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
			throw new LockRejected("workflow.reopen.reasonMissing");
		}
		if (!lock.isOpen()) {
			throw new LockRejected("workflow.reopen.notOpen", lock.unitCode());
		}
		if (!scope.includes(lock.unitCode())) {
			throw new LockRejected("workflow.reopen.notYours", lock.unitCode());
		}
		jdbc.sql("UPDATE round_lock SET reopened_by = ?, reopened_at = ?, reason = ? WHERE id = ? AND reopened_at IS NULL")
			.params(actor, Timestamp.from(Instant.now()), reason.strip(), lockId)
			.update();
		Predicate<String> stillHeld = heldUnits(round, scope.tree());
		List<String> released = submissions.heldUnits(round.code())
			.stream()
			.filter(unit -> covers(scope.tree(), lock, unit) && !stillHeld.test(unit))
			.toList();
		submissions.release(round.code(), released);
		audit.record(actor, AuditKind.REOPENING, round.code(), lock.unitCode(), "audit.detail.reopen." + lock.kind(),
				round.title(), reason.strip(), released.size());
		return released.size();
	}

	private static boolean covers(OrgTree tree, RoundLock lock, String unitCode) {
		return lock.unitCode().equals(unitCode) || tree.isWithin(unitCode, lock.unitCode());
	}
}
