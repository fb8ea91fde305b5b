package vn.tonghop.consolidation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tonghop.form.Form;
import vn.tonghop.intake.Figures;
import vn.tonghop.intake.IntakeRepository;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.system.TonghopSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import vn.tonghop.orgunit.OrgTree;

/** Rolls the current submissions up the tree and stores the run's totals, replacing any earlier attempt. */
@Service
public class ConsolidationService {

	private final Form form;

	private final OrgRegistry registry;

	private final IntakeRepository intake;

	private final TotalsRepository totals;

	private final String grassrootsType;

	private final vn.tonghop.system.FaultPoints faults;

	ConsolidationService(Form form, OrgRegistry registry, IntakeRepository intake, TotalsRepository totals,
			TonghopSettings settings, vn.tonghop.system.FaultPoints faults) {
		this.faults = faults;
		this.form = form;
		this.registry = registry;
		this.intake = intake;
		this.totals = totals;
		this.grassrootsType = settings.grassrootsType();
	}

	/** Stores the totals of every unit above the CĐCS for the run. */
	@Transactional
	public void consolidate(long runId) {
		totals.deleteRun(runId);
		RollUp rollUp = new RollUp(form, registry.tree(), grassrootsType);
		TotalsRepository.Writer writer = totals.writer(runId);
		try (Stream<IntakeRepository.CurrentSubmission> current = intake.currentSubmissions()) {
			current.forEach(s -> rollUp.add(s.unitCode(), Figures.decode(s.figures(), form)));
		}
		rollUp.finish(writer);
		faults.reach("rollup");
		writer.flush();
	}

	/** The rows of every CĐCS with a current submission, by unit code, each unit's rows in indicator order. */
	public void grassrootsRows(Consumer<Total> out) {
		RollUp rollUp = new RollUp(form, registry.tree(), grassrootsType);
		try (Stream<IntakeRepository.CurrentSubmission> current = intake.currentSubmissions()) {
			current.forEach(s -> rollUp.emitOwn(s.unitCode(), Figures.decode(s.figures(), form), out));
		}
	}

	/** One CĐCS's rows from its current submission; empty when it has none. */
	public List<Total> grassrootsRows(OrgTree tree, String unitCode) {
		List<Total> rows = new ArrayList<>();
		intake.currentSubmission(unitCode)
			.ifPresent(s -> new RollUp(form, tree, grassrootsType).emitOwn(unitCode, Figures.decode(s, form), rows::add));
		return rows;
	}
}
