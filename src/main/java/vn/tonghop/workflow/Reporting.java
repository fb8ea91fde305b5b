package vn.tonghop.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import vn.tonghop.finding.Finding;
import vn.tonghop.intake.IntakeRepository;
import vn.tonghop.intake.Submissions;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.orgunit.Scope;
import vn.tonghop.orgunit.UnitContact;
import vn.tonghop.orgunit.UnitContacts;
import vn.tonghop.rounds.Round;
import vn.tonghop.system.TonghopSettings;

/**
 * Works out {@link ReportingStatus}: for a unit in scope, the CĐCS below it that stand at the end of the round's last
 * year, which of them have an accepted file (on time when it arrived by the CĐCS deadline, a day in Vietnam's time)
 * and which have none, with the reason of the latest returned file and whom to call.
 */
@Service
public class Reporting {

	private final Submissions submissions;

	private final IntakeRepository intake;

	private final UnitContacts contacts;

	private final Deadlines deadlines;

	private final String grassrootsType;

	private final ZoneId zone;

	Reporting(Submissions submissions, IntakeRepository intake, UnitContacts contacts, Deadlines deadlines,
			TonghopSettings settings, @Value("${tonghop.schedule.zone:Asia/Ho_Chi_Minh}") String zone) {
		this.submissions = submissions;
		this.intake = intake;
		this.contacts = contacts;
		this.deadlines = deadlines;
		this.grassrootsType = settings.grassrootsType();
		this.zone = ZoneId.of(zone);
	}

	/**
	 * @param scope the asker's scope in the round's tree
	 * @throws vn.tonghop.orgunit.OutOfScopeException for a unit outside it
	 */
	public ReportingStatus of(Round round, Scope scope, String unitCode) {
		scope.require(unitCode);
		OrgUnit unit = scope.tree().unit(unitCode).orElseThrow();
		LocalDate due = deadlines.of(round.code()).get(grassrootsType);
		Map<String, Instant> arrivals = submissions.currentArrivals(round.code());
		Map<String, IntakeRepository.ReceivedFile> returned = intake.lastReturned(round.code());
		Map<String, UnitContact> contactOf = contacts.all();
		int onTime = 0;
		int late = 0;
		List<ReportingStatus.Missing> missing = new ArrayList<>();
		List<OrgUnit> expected = scope.tree()
			.subtree(unitCode)
			.stream()
			.filter(u -> u.type().equals(grassrootsType) && u.isActiveInYear(round.form().lastYear()))
			.sorted(Comparator.comparing(OrgUnit::code))
			.toList();
		for (OrgUnit cdcs : expected) {
			Instant arrived = arrivals.get(cdcs.code());
			if (arrived != null) {
				boolean inTime = due == null || !arrived.atZone(zone).toLocalDate().isAfter(due);
				onTime += inTime ? 1 : 0;
				late += inTime ? 0 : 1;
				continue;
			}
			IntakeRepository.ReceivedFile file = returned.get(cdcs.code());
			Finding reason = file == null ? null
					: file.findings().stream().filter(Finding::isError).findFirst().orElse(null);
			missing.add(new ReportingStatus.Missing(cdcs, reason, file == null ? null : file.path(),
					contactOf.get(cdcs.code())));
		}
		return new ReportingStatus(round, unit, due, onTime, late, missing);
	}
}
