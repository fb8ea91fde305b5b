package vn.tonghop.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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
import vn.tonghop.workbook.PreparerReader;

/**
 * Works out {@link ReportingStatus}: for a unit in scope, the CĐCS below it that stand at the end of the round's last
 * year, which of them have an accepted file (on time when it arrived by the CĐCS deadline, a day in Vietnam's time)
 * and which have none, with the reason of the latest returned file (or the lock that holds its file) and whom to
 * call.
 */
@Service
public class Reporting {

	private final Submissions submissions;

	private final IntakeRepository intake;

	private final UnitContacts contacts;

	private final Deadlines deadlines;

	private final String grassrootsType;

	/** The installation's zone: a file arrived on a deadline's day by its clock is in time. */
	private final ZoneId zone;

	private final PreparerReader preparers;

	private final vn.tonghop.intake.Archive archive;

	Reporting(Submissions submissions, IntakeRepository intake, UnitContacts contacts, Deadlines deadlines,
			TonghopSettings settings, java.time.Clock clock,
			PreparerReader preparers, vn.tonghop.intake.Archive archive) {
		this.preparers = preparers;
		this.archive = archive;
		this.submissions = submissions;
		this.intake = intake;
		this.contacts = contacts;
		this.deadlines = deadlines;
		this.grassrootsType = settings.grassrootsType();
		this.zone = clock.getZone();
	}

	/**
	 * @param scope the asker's scope in the round's tree
	 * @throws vn.tonghop.orgunit.OutOfScopeException for a unit outside it
	 */
	public ReportingStatus of(Round round, Scope scope, String unitCode) {
		return of(round, scope, unitCode, true);
	}

	/**
	 * {@link #of} for its counts only (the dashboard, a run's summary): each missing CĐCS says whether it sent nothing,
	 * was returned or is held, but not why nor whom to call, and no returned file's findings are read.
	 */
	public ReportingStatus counting(Round round, Scope scope, String unitCode) {
		return of(round, scope, unitCode, false);
	}

	/** @param withContacts false where only counts are wanted: no finding, contact or file is read */
	private ReportingStatus of(Round round, Scope scope, String unitCode, boolean withContacts) {
		scope.require(unitCode);
		OrgUnit unit = scope.tree().unit(unitCode).orElseThrow();
		LocalDate due = deadlines.of(round.code()).get(grassrootsType);
		Map<String, Instant> arrivals = submissions.currentArrivals(round.code());
		Map<String, IntakeRepository.ReceivedFile> returned = intake.lastReturned(round.code(), withContacts);
		Map<String, UnitContact> contactOf = withContacts ? contacts.all() : Map.of();
		java.util.Set<String> held = new java.util.HashSet<>(submissions.heldUnits(round.code()));
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
			boolean isHeld = held.contains(cdcs.code());
			IntakeRepository.ReceivedFile file = isHeld ? null : returned.get(cdcs.code());
			Finding reason = file == null ? null
					: file.findings().stream().filter(Finding::isError).findFirst().orElse(null);
			UnitContact contact = contactOf.get(cdcs.code());
			if (contact == null && file != null && withContacts) {
				contact = preparerOf(file);
			}
			missing.add(new ReportingStatus.Missing(cdcs, reason, file == null ? null : file.path(), contact, isHeld));
		}
		return new ReportingStatus(round, unit, due, onTime, late, missing);
	}

	/**
	 * The round's CĐCS deadline and the CĐCS whose counted file arrived after it (one query; the reports of a run
	 * all use it). No deadline: null and an empty set.
	 */
	public ReportingStatus.Late late(Round round) {
		LocalDate due = deadlines.of(round.code()).get(grassrootsType);
		if (due == null) {
			return new ReportingStatus.Late(null, java.util.Set.of());
		}
		java.util.Set<String> late = new java.util.HashSet<>();
		submissions.currentArrivals(round.code()).forEach((unit, arrived) -> {
			if (arrived.atZone(zone).toLocalDate().isAfter(due)) {
				late.add(unit);
			}
		});
		return new ReportingStatus.Late(due, late);
	}

	/** The "Người lập biểu / Điện thoại" of the file as archived; null when it names neither. */
	private UnitContact preparerOf(IntakeRepository.ReceivedFile file) {
		if (file.archivePath() == null) {
			return null;
		}
		byte[] content;
		try {
			content = archive.read(file.archivePath(), file.sha256());
		}
		catch (java.io.IOException unreadable) {
			return null;
		}
		return preparers.read(content)
			.map(p -> new UnitContact(p.name().isEmpty() ? null : p.name(), p.phone().isEmpty() ? null : p.phone(),
					null))
			.orElse(null);
	}

	/**
	 * The counts of a round over its whole tree (the sum over its top units), for a run's summary: on time, late, and
	 * not yet (sent nothing, returned or held).
	 */
	public ReportingStatus.Counts counts(Round round, vn.tonghop.orgunit.OrgTree tree) {
		Scope all = Scope.wholeTree(tree);
		int onTime = 0;
		int late = 0;
		int notYet = 0;
		for (OrgUnit top : tree.units().stream().filter(u -> u.parentCode() == null).toList()) {
			ReportingStatus status = counting(round, all, top.code());
			onTime += status.onTime();
			late += status.late();
			notYet += status.missing().size();
		}
		return new ReportingStatus.Counts(deadlines.of(round.code()).get(grassrootsType), onTime, late, notYet);
	}
}
