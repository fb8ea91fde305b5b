package vn.tonghop.consolidation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tonghop.form.Form;
import vn.tonghop.intake.Figures;
import vn.tonghop.intake.IntakeRepository;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.system.TonghopSettings;

import java.util.stream.Stream;

/** Rolls the current submissions up the tree and stores the run's totals, replacing any earlier attempt. */
@Service
public class ConsolidationService {

	private final Form form;

	private final OrgRegistry registry;

	private final IntakeRepository intake;

	private final TotalsRepository totals;

	private final String grassrootsType;

	ConsolidationService(Form form, OrgRegistry registry, IntakeRepository intake, TotalsRepository totals,
			TonghopSettings settings) {
		this.form = form;
		this.registry = registry;
		this.intake = intake;
		this.totals = totals;
		this.grassrootsType = settings.grassrootsType();
	}

	@Transactional
	public void consolidate(long runId) {
		totals.deleteRun(runId);
		RollUp rollUp = new RollUp(form, registry.tree(), grassrootsType);
		TotalsRepository.Writer writer = totals.writer(runId);
		try (Stream<IntakeRepository.CurrentSubmission> current = intake.currentSubmissions()) {
			current.forEach(s -> rollUp.add(s.unitCode(), Figures.decode(s.figures(), form), writer));
		}
		rollUp.finish(writer);
		writer.flush();
	}
}
