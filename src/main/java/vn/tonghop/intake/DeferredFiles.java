package vn.tonghop.intake;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.tonghop.orgunit.Scope;

/**
 * The files a run left in the inbox for the next one, and why (table run_file, which {@link InboxListing} writes):
 * what staff see so that nothing they sent waits unseen in a log only the administrator reads.
 */
@Repository
public class DeferredFiles {

	/** At most this many are listed on a page; the rest are counted. */
	public static final int SHOWN = 200;

	/**
	 * A file left for the next run: its path in the inbox as listed, and why it was not taken (null for the runs of
	 * versions that did not keep why).
	 */
	public record DeferredFile(String path, Deferral why) {
	}

	/** @param notShown the run's files left in scope beyond the {@link #SHOWN} listed */
	public record Page(List<DeferredFile> files, int notShown) {

		public boolean isEmpty() {
			return files.isEmpty();
		}
	}

	private final JdbcClient jdbc;

	DeferredFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The run's files left for the next run that {@code scope} may see, by path. */
	public Page of(long runId, Scope scope) {
		List<DeferredFile> shown = new ArrayList<>();
		int[] notShown = { 0 };
		jdbc.sql("SELECT path, deferred_because FROM run_file WHERE run_id = ? AND outcome = 'DEFERRED' ORDER BY path")
			.param(runId)
			.query(rs -> {
				String path = rs.getString(1);
				if (!isVisible(path, scope)) {
					return;
				}
				if (shown.size() < SHOWN) {
					String why = rs.getString(2);
					shown.add(new DeferredFile(path, why == null ? null : Deferral.valueOf(why)));
				}
				else {
					notShown[0]++;
				}
			});
		return new Page(shown, notShown[0]);
	}

	/**
	 * A file left unread belongs to no unit yet: it is shown to the staff of any unit whose folder it lies in (or is),
	 * matched as the run's scope on write matches folders, and one outside every unit's folder to the staff of the
	 * whole tree only.
	 */
	static boolean isVisible(String path, Scope scope) {
		boolean inUnitFolder = false;
		for (String segment : path.split("/")) {
			var unit = scope.tree().unitIgnoringCase(segment);
			if (unit.isPresent()) {
				if (scope.includes(unit.get().code())) {
					return true;
				}
				inUnitFolder = true;
			}
		}
		return !inUnitFolder && scope.isWholeTree();
	}
}
