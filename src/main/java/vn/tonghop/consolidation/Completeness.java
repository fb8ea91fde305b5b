package vn.tonghop.consolidation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import vn.tonghop.intake.Submissions;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.orgunit.Scope;
import vn.tonghop.system.TonghopSettings;

/**
 * Who has reported: for each child of a unit, the CĐCS below it that sent an accepted form for a year, of those
 * expected (standing at that year's end). Units above the CĐCS read the run's totals; a CĐCS counts itself.
 */
@Service
public class Completeness {

	/**
	 * @param returned expected CĐCS with no accepted file whose files were all returned: they sent, nothing counts
	 */
	public record Row(OrgUnit unit, long reported, long expected, long returned) {

		public int percent() {
			return expected == 0 ? 0 : (int) (100 * reported / expected);
		}

		/** Expected CĐCS that have sent nothing at all. */
		public long notSent() {
			return Math.max(0, expected - reported - returned);
		}
	}

	private final TotalsRepository totals;

	private final Submissions intake;

	private final String grassrootsType;

	Completeness(TotalsRepository totals, Submissions intake, TonghopSettings settings) {
		this.totals = totals;
		this.intake = intake;
		this.grassrootsType = settings.grassrootsType();
	}

	/**
	 * The children of {@code unitCode} (in scope, whose tree is the round's) as the run {@code runId} of the round
	 * counted them for {@code year}.
	 */
	public List<Row> ofChildren(Scope scope, String unitCode, String roundCode, long runId, int year) {
		scope.require(unitCode);
		Map<String, Map<Integer, long[]>> counts = new HashMap<>();
		totals.forEachOf(runId, scope.tree().children(unitCode).stream().map(OrgUnit::code).toList(),
				unitRows -> count(unitRows, counts));
		Set<String> notReported = intake.grassrootsWithoutCurrentSubmission(roundCode, scope.tree(), grassrootsType);
		Set<String> returned = intake.unitsReturnedWithoutAccepted(roundCode);
		List<Row> rows = new ArrayList<>();
		for (OrgUnit child : scope.tree().children(unitCode)) {
			if (child.type().equals(grassrootsType)) {
				if (child.isActiveInYear(year)) {
					boolean reported = !notReported.contains(child.code());
					rows.add(new Row(child, reported ? 1 : 0, 1, !reported && returned.contains(child.code()) ? 1 : 0));
				}
			}
			else {
				long[] pair = counts.getOrDefault(child.code(), Map.of()).get(year);
				if (pair != null) {
					long returnedBelow = returned.isEmpty() ? 0 : scope.tree().subtree(child.code()).stream()
						.filter(u -> u.type().equals(grassrootsType) && u.isActiveInYear(year)
								&& returned.contains(u.code()) && notReported.contains(u.code()))
						.count();
					rows.add(new Row(child, pair[0], pair[1], returnedBelow));
				}
			}
		}
		return rows;
	}

	/**
	 * Reported and expected, as {@code [reported, expected]} by year, of every unit above the CĐCS that has totals in
	 * the run, in unit code order.
	 */
	public Map<String, Map<Integer, long[]>> ofUpperUnits(long runId) {
		Map<String, Map<Integer, long[]>> byUnit = new TreeMap<>();
		totals.forEachUnit(runId, unitRows -> count(unitRows, byUnit));
		return byUnit;
	}

	/** Adds a unit's SUBMITTED and EXPECTED totals (which have yearly values only) to {@code into}. */
	private static void count(List<Total> unitRows, Map<String, Map<Integer, long[]>> into) {
		for (Total t : unitRows) {
			boolean submitted = t.indicator().equals(RollUp.SUBMITTED);
			if (submitted || t.indicator().equals(RollUp.EXPECTED)) {
				into.computeIfAbsent(t.unitCode(), k -> new TreeMap<>())
					.computeIfAbsent(Integer.parseInt(t.period()), k -> new long[2])[submitted ? 0 : 1] = t.value()
						.longValue();
			}
		}
	}
}
