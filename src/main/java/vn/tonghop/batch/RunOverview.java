package vn.tonghop.batch;

import vn.tonghop.intake.InboxListing;
import vn.tonghop.runs.Runs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** The runs as the web app shows them: past runs with their counts, and the progress of a running one. */
@Service
public class RunOverview {

	/**
	 * One run. {@code filesDone} of {@code filesTotal} inbox files have their outcome; {@code newFiles} were received
	 * for the first time (accepted + rejected + not forms); {@code deferred} could not be read when their turn came
	 * and are left in the inbox for the next run; {@code otherRound} are forms of another open round, left to its run.
	 */
	public record RunView(long id, Instant startedAt, Instant finishedAt, String status, long filesTotal,
			long filesDone, long accepted, long rejected, long notForms, long unchanged, long deferred, long otherRound) {

		public boolean isRunning() {
			return "STARTED".equals(status);
		}

		public java.time.Duration duration() {
			return finishedAt == null ? null : java.time.Duration.between(startedAt, finishedAt);
		}
	}

	/**
	 * A run left STARTED that no process is running (the app was killed during it), or one stopped cleanly with the
	 * app (STOPPED): both are finished by the next run.
	 */
	public static final String INTERRUPTED = "INTERRUPTED";

	private final Runs runs;

	private final InboxListing listing;

	private final RunService service;

	RunOverview(Runs runs, InboxListing listing, RunService service) {
		this.runs = runs;
		this.listing = listing;
		this.service = service;
	}

	public List<RunView> recent(int limit) {
		return runs.recent(limit).stream().map(this::view).toList();
	}

	/** The latest runs of one round, newest first. */
	public List<RunView> recent(String roundCode, int limit) {
		return runs.recent(roundCode, limit).stream().map(this::view).toList();
	}

	/** The latest run of any round: the one a progress bar follows. */
	public Optional<RunView> latest() {
		return recent(1).stream().findFirst();
	}

	public Optional<RunView> latest(String roundCode) {
		return recent(roundCode, 1).stream().findFirst();
	}

	public Optional<RunView> find(long id) {
		return runs.find(id).map(this::view);
	}

	/**
	 * A run recorded as STARTED while this process runs none was interrupted: it is shown so, never as running (the
	 * next run recovers and finishes it first).
	 */
	private RunView view(Runs.Run run) {
		InboxListing.Counts c = listing.counts(run.id());
		String status = (run.isRunning() && !service.isRunning()) || run.status().equals("STOPPED") ? INTERRUPTED
				: run.status();
		return new RunView(run.id(), run.startedAt(), run.finishedAt(), status, c.total(), c.done(), c.accepted(),
				c.rejected(), c.notForms(), c.unchanged(), c.deferred(), c.otherRound());
	}
}
