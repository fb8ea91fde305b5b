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
	 * A CĐCS without a counted file.
	 *
	 * @param returned the first error of its latest returned file; null when it sent nothing, its file is held, or
	 * only counts were asked for
	 * @param returnedFile that file's name as received
	 * @param contact whom to call: the registry's, else the "Người lập biểu / Điện thoại" of its last file; null when
	 * neither gives one
	 * @param held true when it sent an accepted file that a lock holds ("chờ mở khóa")
	 */
	public record Missing(OrgUnit unit, Finding returned, String returnedFile, UnitContact contact, boolean held) {

		public boolean sentNothing() {
			return returnedFile == null && !held;
		}
	}

	/** A round's counts over a tree, without the list. @param due the CĐCS deadline, or null */
	public record Counts(LocalDate due, int onTime, int late, int notYet) {
	}

	/** The deadline (null when none) and the CĐCS whose counted file arrived after it. */
	public record Late(LocalDate due, java.util.Set<String> units) {
	}

	public int reported() {
		return onTime + late;
	}

	public long notSent() {
		return missing.stream().filter(Missing::sentNothing).count();
	}

	public long returned() {
		return missing.stream().filter(m -> m.returnedFile() != null).count();
	}

	public long held() {
		return missing.stream().filter(Missing::held).count();
	}
}
