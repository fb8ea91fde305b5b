package vn.tonghop.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tonghop.audit.AuditKind;
import vn.tonghop.audit.AuditLog;
import vn.tonghop.orgunit.Scope;
import vn.tonghop.system.DataDirectory;

/**
 * Files e-mailed by senders the registry does not know, held in {@link Mailbox#QUARANTINE}/ where runs do not read
 * them: staff assign each to a unit of their scope (it moves to that unit's inbox folder and the next run takes it,
 * under that folder's scope rules) or discard it (its content stays in the archive, as everything sent does).
 */
@Service
public class Quarantine {

	/** A file waiting for a decision. */
	public record Held(long id, String sender, String subject, Instant receivedAt, String fileName, String inboxPath) {
	}

	private final JdbcClient jdbc;

	private final DataDirectory dataDirectory;

	private final Archive archive;

	private final AuditLog audit;

	Quarantine(JdbcClient jdbc, DataDirectory dataDirectory, Archive archive, AuditLog audit) {
		this.jdbc = jdbc;
		this.dataDirectory = dataDirectory;
		this.archive = archive;
		this.audit = audit;
	}

	public List<Held> waiting() {
		return jdbc.sql("SELECT id, sender, subject, received_at, file_name, inbox_path FROM mail_intake WHERE status = "
				+ "'QUARANTINED' ORDER BY id")
			.query((rs, n) -> new Held(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
					rs.getString(5), rs.getString(6)))
			.list();
	}

	/**
	 * Moves the file into {@code unitCode}'s inbox folder; the sender gets the reply once a run has taken it.
	 *
	 * @throws vn.tonghop.orgunit.OutOfScopeException for a unit outside the scope
	 * @return false when the file is no longer waiting
	 */
	@Transactional
	public boolean assign(Scope scope, long id, String unitCode, String actor) throws IOException {
		scope.require(unitCode);
		Optional<Held> held = find(id);
		if (held.isEmpty()) {
			return false;
		}
		Path source = dataDirectory.inbox().resolve(held.get().inboxPath());
		Path folder = UploadService.unitFolder(dataDirectory.inbox(), unitCode);
		Path stored = UploadService.moveBeside(source, folder, held.get().fileName());
		Files.delete(source);
		String inboxPath = unitCode + "/" + stored.getFileName();
		jdbc.sql("UPDATE mail_intake SET status = 'ASSIGNED', unit_code = ?, inbox_path = ?, decided_by = ?, "
				+ "decided_at = ? WHERE id = ?")
			.params(unitCode, inboxPath, actor, Timestamp.from(Instant.now()), id)
			.update();
		audit.record(actor, AuditKind.MAIL, null, unitCode, "audit.detail.mail.assigned", held.get().fileName(),
				held.get().sender(), inboxPath);
		return true;
	}

	/** Takes the file out of the quarantine into the archive only. @return false when it is no longer waiting */
	@Transactional
	public boolean discard(long id, String actor) throws IOException {
		Optional<Held> held = find(id);
		if (held.isEmpty()) {
			return false;
		}
		Path file = dataDirectory.inbox().resolve(held.get().inboxPath());
		if (Files.isRegularFile(file)) {
			archive.store(file, Archive.sha256(file), held.get().fileName());
			Files.delete(file);
		}
		jdbc.sql("UPDATE mail_intake SET status = 'DISCARDED', decided_by = ?, decided_at = ? WHERE id = ?")
			.params(actor, Timestamp.from(Instant.now()), id)
			.update();
		audit.record(actor, AuditKind.MAIL, null, null, "audit.detail.mail.discarded", held.get().fileName(),
				held.get().sender());
		return true;
	}

	private Optional<Held> find(long id) {
		return waiting().stream().filter(h -> h.id() == id).findFirst();
	}
}
