package vn.tonghop.consolidation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tonghop.form.Form;
import vn.tonghop.form.Indicator;
import vn.tonghop.intake.Figures;
import vn.tonghop.intake.Submissions;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.system.TonghopSettings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.rounds.Round;

/** Rolls the current submissions up the tree and stores the run's totals, replacing any earlier attempt. */
@Service
public class ConsolidationService {

	private final OrgRegistry registry;

	private final Submissions intake;

	private final TotalsRepository totals;

	private final String grassrootsType;

	private final vn.tonghop.system.FaultPoints faults;

	private final RollUpSums sums;

	ConsolidationService(OrgRegistry registry, Submissions intake, TotalsRepository totals,
			TonghopSettings settings, vn.tonghop.system.FaultPoints faults, RollUpSums sums) {
		this.sums = sums;
		this.faults = faults;
		this.registry = registry;
		this.intake = intake;
		this.totals = totals;
		this.grassrootsType = settings.grassrootsType();
	}

	/**
	 * Stores the totals of every unit above the CĐCS for the run. When the sums of an earlier roll-up over the same
	 * registry and form were kept, it starts from them, takes back the submissions replaced since and adds those
	 * received since: a re-run after a few late files decodes a few submissions, not all of them. Otherwise, or when
	 * more than half of the CĐCS have a submission received since, it adds every current submission: taking back
	 * and adding decodes two submissions a changed unit, a roll-up from scratch one a unit. Either way it keeps its
	 * own sums for the next run, in the same transaction as its totals.
	 */
	@Transactional
	public void consolidate(long runId, Round round) {
		Form form = round.form();
		totals.deleteRun(runId);
		OrgRegistry.Versioned registryNow = registry.versionedTreeAt(round.referenceDate());
		RollUp rollUp = new RollUp(form, registryNow.tree(), grassrootsType);
		String basis = basis(form, round, registryNow.version());
		Optional<Long> base = sums.base(runId, basis)
			.filter(kept -> intake.countCurrentSince(round.code(), kept) <= grassroots(registryNow.tree()) / 2);
		if (base.isPresent()) {
			sums.loadInto(base.get(), rollUp);
			try (Stream<Submissions.CurrentSubmission> replaced = intake.supersededSince(round.code(), base.get())) {
				decodeEach(replaced, form, rollUp::subtract);
			}
			try (Stream<Submissions.CurrentSubmission> received = intake.currentSince(round.code(), base.get())) {
				decodeEach(received, form, rollUp::add);
			}
		}
		else {
			try (Stream<Submissions.CurrentSubmission> current = intake.currentSubmissions(round.code())) {
				decodeEach(current, form, rollUp::add);
			}
			rollUp.addRegistryCounts();
		}
		TotalsRepository.Writer writer = totals.writer(runId);
		rollUp.emitUpper(writer);
		sums.replaceWith(runId, round.code(), basis, rollUp.sums());
		faults.reach("rollup");
		writer.flush();
	}

	private long grassroots(OrgTree tree) {
		return tree.units().stream().filter(u -> u.type().equals(grassrootsType)).count();
	}

	/** Hands each submission's unit and decoded figures to {@code into}, decoding on every core. */
	private static void decodeEach(Stream<Submissions.CurrentSubmission> submissions, Form form,
			BiConsumer<String, Map<String, Map<Integer, Object>>> into) {
		InBatches.each(submissions, s -> Map.entry(s.unitCode(), Figures.decode(s.figures(), form)),
				unit -> into.accept(unit.getKey(), unit.getValue()));
	}

	/**
	 * What kept sums depend on besides the submissions: the round and its tree (the registry's version and the
	 * reference date) and the form's indicators, derived figures and years (records, so their text is their whole
	 * content).
	 */
	private String basis(Form form, Round round, long registryVersion) {
		String description = round.code() + "|" + round.referenceDate() + "|" + registryVersion + "|" + form.id() + "|" + form.version() + "|" + form.years() + "|"
				+ form.indicators() + "|" + form.derived() + "|" + form.choiceLists() + "|" + grassrootsType;
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(description.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What {@code perUnit} makes of the rows of each CĐCS with a current submission (in indicator order), handed to
	 * {@code out} by unit code. Decoding and {@code perUnit} run on every core (see {@link InBatches}); {@code out} on
	 * the calling thread.
	 *
	 * @param perUnit given a unit code and its rows; free of shared state
	 */
	public <R> void grassrootsRows(Round round, BiFunction<String, List<Total>, R> perUnit, Consumer<R> out) {
		Form form = round.form();
		RollUp rollUp = new RollUp(form, registry.treeAt(round.referenceDate()), grassrootsType);
		try (Stream<Submissions.CurrentSubmission> current = intake.currentSubmissions(round.code())) {
			InBatches.each(current, s -> {
				List<Total> rows = new ArrayList<>();
				rollUp.emitOwn(s.unitCode(), Figures.decode(s.figures(), form), rows::add);
				return perUnit.apply(s.unitCode(), rows);
			}, out);
		}
	}

	/**
	 * A unit's rows for a run, whatever its level: stored for units above the CĐCS, from its current submission for
	 * a CĐCS (whose rows are never stored). The one way the reports and exports get a unit's figures.
	 */
	public List<Total> unitRows(long runId, Round round, OrgTree tree, String unitCode) {
		return isGrassroots(tree, unitCode) ? grassrootsRows(round, tree, unitCode) : totals.ofUnit(runId, unitCode);
	}

	/**
	 * A unit's rows for a run, as {@link #unitRows(long, Round, OrgTree, String)} gives them, but a CĐCS's only of
	 * {@code indicators} (the form's codes; a choice's rows come under its list's code). A report reads a few
	 * figures of each of a district's hundred CĐCS, whose rows would otherwise be worked out whole from the form.
	 */
	public List<Total> unitRows(long runId, Round round, OrgTree tree, String unitCode, Set<String> indicators) {
		if (!isGrassroots(tree, unitCode)) {
			return totals.ofUnit(runId, unitCode);
		}
		Form form = round.form();
		// An average's rows are worked out from its weight's figures too.
		Set<String> read = new HashSet<>(indicators);
		indicators.forEach(code -> form.indicator(code).map(Indicator::weight).ifPresent(read::add));
		return ownRows(round, tree, unitCode, indicators::contains, figures -> Figures.decode(figures, form, read));
	}

	/** One CĐCS's rows in the round from its current submission; empty when it has none. */
	public List<Total> grassrootsRows(Round round, OrgTree tree, String unitCode) {
		return ownRows(round, tree, unitCode, code -> true, figures -> Figures.decode(figures, round.form()));
	}

	private boolean isGrassroots(OrgTree tree, String unitCode) {
		return tree.unit(unitCode).map(u -> u.type().equals(grassrootsType)).orElse(false);
	}

	/** The rows of {@code indicators} of a CĐCS's current submission, decoded by {@code decode}. */
	private List<Total> ownRows(Round round, OrgTree tree, String unitCode, Predicate<String> indicators,
			Function<String, Map<String, Map<Integer, Object>>> decode) {
		List<Total> rows = new ArrayList<>();
		intake.currentSubmission(round.code(), unitCode)
			.ifPresent(s -> new RollUp(round.form(), tree, grassrootsType).emitOwn(unitCode, decode.apply(s), indicators,
					rows::add));
		return rows;
	}
}
