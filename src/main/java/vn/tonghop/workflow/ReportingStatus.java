package vn.tonghop.workflow;

import java.time.LocalDate;
import java.util.List;

import vn.tonghop.finding.Finding;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.orgunit.UnitContact;
import vn.tonghop.rounds.Round;

/**
 * Who has reported in a round, for a unit's subtree: the CĐCS standing at the end of the round's last year that have
 * an accepted file (counted, on time or late by the CĐCS deadline), and those that have none, each with why.
 *
 * @param due the CĐCS deadline; null when the round has none (then every accepted file counts as on time)
 */
public record ReportingStatus(Round round, OrgUnit unit, LocalDate due, int onTime, int late,
		List<Missing> missing) {

	/**
	 * A CĐCS without an accepted file.
	 *
	 * @param returned the first error of its latest returned file; null when it sent nothing
	 * @param returnedFile that file's name as received
	 * @param contact whom to call; null when the registry has none
	 */
	public record Missing(OrgUnit unit, Finding returned, String returnedFile, UnitContact contact) {
	}

	public int reported() {
		return onTime + late;
	}

	public long notSent() {
		return missing.stream().filter(m -> m.returned() == null).count();
	}

	public long returned() {
		return missing.size() - notSent();
	}
}
