package vn.tonghop.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import vn.tonghop.form.Form;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.rounds.Round;
import vn.tonghop.rounds.Rounds;
import vn.tonghop.runs.Runs;
import vn.tonghop.workflow.Locks;

/**
 * The round a run consolidates, read from the run's row (so a run interrupted before an upgrade resumes in its
 * round), and what its intake reads files as.
 */
@Component
class RunRounds {

	/**
	 * What a run's intake reads files as.
	 *
	 * @param collected the run's own form first, then those of the other open rounds: a file is read as the one its
	 * stamp names
	 * @param answersStrays true for the first open round: a file that is no collected form at all is returned (and
	 * recorded) by its run only, not once a round
	 * @param held the CĐCS under an open lock of the round when the intake began: their accepted files are held
	 */
	record Intake(Round round, List<Form> collected, boolean answersStrays, Predicate<String> held) {

		boolean isOwn(Form form) {
			return form != null && form.id().equals(round.form().id())
					&& form.version().equals(round.form().version());
		}
	}

	private final Runs runs;

	private final Rounds rounds;

	private final Locks locks;

	private final OrgRegistry registry;

	RunRounds(Runs runs, Rounds rounds, Locks locks, OrgRegistry registry) {
		this.runs = runs;
		this.rounds = rounds;
		this.locks = locks;
		this.registry = registry;
	}

	Round of(long runId) {
		return rounds.require(runs.find(runId).orElseThrow().roundCode());
	}

	Intake intake(long runId) {
		Round round = of(runId);
		List<Round> open = rounds.open();
		List<Form> collected = new ArrayList<>();
		collected.add(round.form());
		open.stream().filter(r -> !r.code().equals(round.code())).forEach(r -> collected.add(r.form()));
		boolean first = open.isEmpty() || open.get(0).code().equals(round.code());
		return new Intake(round, collected, first, locks.heldUnits(round, registry.treeAt(round.referenceDate())));
	}
}
