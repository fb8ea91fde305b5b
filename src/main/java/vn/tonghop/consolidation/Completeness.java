package vn.tonghop.consolidation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import vn.tonghop.intake.IntakeRepository;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.orgunit.Scope;
import vn.tonghop.system.TonghopSettings;

/**
 * Who has reported: for each child of a unit, the CĐCS below it that sent an accepted form for a year, of those
 * expected (standing at that year's end). Units above the CĐCS read the run's totals; a CĐCS counts itself.
 */
@Service
public class Completeness {

	public record Row(OrgUnit unit, long reported, long expected) {

		public int percent() {
			return expected == 0 ? 0 : (int) (100 * reported / expected);
		}
	}

	private final TotalsRepository totals;

	private final IntakeRepository intake;

	private final String grassrootsType;

	Completeness(TotalsRepository totals, IntakeRepository intake, TonghopSettings settings) {
		this.totals = totals;
		this.intake = intake;
		this.grassrootsType = settings.grassrootsType();
	}

	/** The children of {@code unitCode} (in scope) as the run {@code runId} counted them for {@code year}. */
	public List<Row> ofChildren(Scope scope, String unitCode, long runId, int year) {
		scope.require(unitCode);
		Map<String, long[]> counts = new HashMap<>();
		String period = String.valueOf(year);
		totals.forEachChild(runId, unitCode, rows -> rows.stream()
			.filter(t -> t.period().equals(period))
			.forEach(t -> {
				if (t.indicator().equals(RollUp.SUBMITTED) || t.indicator().equals(RollUp.EXPECTED)) {
					counts.computeIfAbsent(t.unitCode(), k -> new long[2])[RollUp.SUBMITTED.equals(t.indicator()) ? 0
							: 1] = t.value().longValue();
				}
			}));
		Set<String> reported = intake.unitsWithCurrentSubmission();
		List<Row> rows = new ArrayList<>();
		for (OrgUnit child : scope.tree().children(unitCode)) {
			if (child.type().equals(grassrootsType)) {
				if (child.isActiveInYear(year)) {
					rows.add(new Row(child, reported.contains(child.code()) ? 1 : 0, 1));
				}
			}
			else if (counts.containsKey(child.code())) {
				long[] pair = counts.get(child.code());
				rows.add(new Row(child, pair[0], pair[1]));
			}
		}
		return rows;
	}
}
