package vn.tonghop.batch;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The runs as the web app shows them: past runs with their counts, and the progress of a running one. */
@Service
public class RunOverview {

	/**
	 * One run. {@code filesDone} of {@code filesTotal} inbox files have their outcome; {@code newFiles} were received
	 * for the first time (accepted + rejected + not forms).
	 */
	public record RunView(long id, Instant startedAt, Instant finishedAt, String status, long filesTotal,
			long filesDone, long accepted, long rejected, long notForms, long unchanged) {

		public boolean isRunning() {
			return "STARTED".equals(status);
		}

		public java.time.Duration duration() {
			return finishedAt == null ? null : java.time.Duration.between(startedAt, finishedAt);
		}
	}

	private static final String SELECT = "SELECT r.id, r.started_at, r.finished_at, r.status, "
			+ "(SELECT COUNT(*) FROM run_file f WHERE f.run_id = r.id), "
			+ "(SELECT COUNT(*) FROM run_file f WHERE f.run_id = r.id AND f.outcome IS NOT NULL), "
			+ "(SELECT COUNT(*) FROM run_file f WHERE f.run_id = r.id AND f.outcome = 'ACCEPTED'), "
			+ "(SELECT COUNT(*) FROM run_file f WHERE f.run_id = r.id AND f.outcome = 'REJECTED'), "
			+ "(SELECT COUNT(*) FROM run_file f WHERE f.run_id = r.id AND f.outcome = 'NOT_FORM'), "
			+ "(SELECT COUNT(*) FROM run_file f WHERE f.run_id = r.id AND f.outcome = 'UNCHANGED') FROM run r ";

	private final JdbcClient jdbc;

	RunOverview(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<RunView> recent(int limit) {
		return jdbc.sql(SELECT + "ORDER BY r.id DESC LIMIT " + Math.max(1, limit)).query(RunOverview::view).list();
	}

	public Optional<RunView> latest() {
		return recent(1).stream().findFirst();
	}

	public Optional<RunView> find(long id) {
		return jdbc.sql(SELECT + "WHERE r.id = ?").param(id).query(RunOverview::view).optional();
	}

	private static RunView view(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new RunView(rs.getLong(1), rs.getTimestamp(2).toInstant(),
				rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getLong(5),
				rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10));
	}
}
