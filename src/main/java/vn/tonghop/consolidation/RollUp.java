package vn.tonghop.consolidation;

import vn.tonghop.form.AggregationClass;
import vn.tonghop.form.DerivedIndicator;
import vn.tonghop.form.Form;
import vn.tonghop.form.Indicator;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.OrgUnit;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Consolidates the current submissions along the tree as it stood in each year (DOMAIN.md §2), in one pass and
 * in memory proportional to the number of units above the CĐCS, not to the number of submissions.
 * <ul>
 * <li>Each CĐCS active at the end of year Y adds its Y figures to every unit above it: numbers summed, a Có/Không
 * as 1/0 under its code, a choice as 1 under CODE.CHOICE; an average (class R with a weight) as its two parts.</li>
 * <li>Every CĐCS of the registry adds its registry counts (active, founded, dissolved; by sector) and completeness
 * (EXPECTED when active, SUBMITTED when also reported), whether or not it reported.</li>
 * <li>Derived sums, sector shares and ratios are computed from the sums at each level, never summed.</li>
 * <li>The period value follows the class: S the last year, S0 the first, F the sum of the years, A none, R
 * recomputed from the period values of its parts.</li>
 * </ul>
 * A CĐCS's own rows carry its form figures only ({@link #emitOwn}); units above carry everything ({@link #finish}).
 * Only the rows of units above the CĐCS are kept in memory and in the database: a CĐCS's rows follow from its
 * current submission whenever they are needed.
 */
public final class RollUp {

	public static final String SUBMITTED = "SUBMITTED";

	public static final String EXPECTED = "EXPECTED";

	private final Form form;

	private final OrgTree tree;

	private final String grassrootsType;

	private final UnitRows rows;

	/** Sums of the units above the CĐCS: unit → year → sums. */
	private final Map<String, Map<Integer, YearSums>> upper = new HashMap<>();

	public RollUp(Form form, OrgTree tree, String grassrootsType) {
		this.form = form;
		this.tree = tree;
		this.grassrootsType = grassrootsType;
		this.rows = new UnitRows(form);
	}

	/**
	 * Adds one CĐCS's current accepted figures to every unit above it.
	 *
	 * @return false when the unit is not a CĐCS of the registry (its figures are then not counted)
	 */
	public boolean add(String unitCode, Map<String, Map<Integer, Object>> figures) {
		return apply(unitCode, figures, false);
	}

	/**
	 * Takes back what {@link #add} added for a submission that is no longer current: sums are exact decimals, so
	 * adding and taking back leaves every sum as if the submission had never been added.
	 */
	public boolean subtract(String unitCode, Map<String, Map<Integer, Object>> figures) {
		return apply(unitCode, figures, true);
	}

	private boolean apply(String unitCode, Map<String, Map<Integer, Object>> figures, boolean negate) {
		Optional<OrgUnit> unit = tree.unit(unitCode).filter(u -> u.type().equals(grassrootsType));
		if (unit.isEmpty()) {
			return false;
		}
		List<OrgUnit> ancestors = tree.ancestors(unitCode);
		own(unit.get(), figures, code -> true).forEach((year, sums) -> {
			sums.add(SUBMITTED, BigDecimal.ONE);
			YearSums applied = negate ? sums.negated() : sums;
			for (OrgUnit ancestor : ancestors) {
				yearOf(ancestor.code(), year).addAll(applied);
			}
		});
		return true;
	}

	/** Emits a CĐCS's own rows (its form figures by year and period), in indicator then period order. */
	public void emitOwn(String unitCode, Map<String, Map<Integer, Object>> figures, Consumer<Total> out) {
		emitOwn(unitCode, figures, code -> true, out);
	}

	/**
	 * Emits those of a CĐCS's own rows whose indicator {@code indicators} accepts (a choice's rows by the choice
	 * list's code), in the same order. Each indicator's rows follow from its own figures and, for an average, its
	 * weight's, so they are the same rows {@link #emitOwn(String, Map, Consumer)} gives.
	 */
	public void emitOwn(String unitCode, Map<String, Map<Integer, Object>> figures, Predicate<String> indicators,
			Consumer<Total> out) {
		tree.unit(unitCode).filter(u -> u.type().equals(grassrootsType))
			.ifPresent(unit -> rows.emit(unitCode, own(unit, figures, indicators), false, out));
	}

	private Map<Integer, YearSums> own(OrgUnit unit, Map<String, Map<Integer, Object>> figures,
			Predicate<String> indicators) {
		Map<Integer, YearSums> own = new HashMap<>();
		for (int year : form.years()) {
			if (unit.isActiveInYear(year)) {
				own.put(year, contribution(unit, figures, year, indicators));
			}
		}
		return own;
	}

	/** Adds the registry counts of every CĐCS, then emits the rows of every unit above the CĐCS. */
	public void finish(Consumer<Total> out) {
		addRegistryCounts();
		emitUpper(out);
	}

	/** Adds to the units above the CĐCS each CĐCS's registry counts and what it is expected to report. */
	void addRegistryCounts() {
		for (OrgUnit unit : tree.units()) {
			if (!unit.type().equals(grassrootsType)) {
				continue;
			}
			for (int year : form.years()) {
				YearSums counts = registryCounts(unit, year);
				for (OrgUnit ancestor : tree.ancestors(unit.code())) {
					yearOf(ancestor.code(), year).addAll(counts);
				}
			}
		}
	}

	/** Emits the rows of every unit above the CĐCS from the sums as they stand. */
	void emitUpper(Consumer<Total> out) {
		for (OrgUnit unit : tree.units()) {
			if (unit.type().equals(grassrootsType)) {
				continue;
			}
			Map<Integer, YearSums> years = new HashMap<>();
			for (int year : form.years()) {
				if (unit.isActiveInYear(year)) {
					years.put(year, yearOf(unit.code(), year));
				}
			}
			rows.emit(unit.code(), years, true, out);
		}
	}

	/** The sums of the units above the CĐCS: unit → year → sums, registry counts included once added. */
	Map<String, Map<Integer, YearSums>> sums() {
		return upper;
	}

	/** Starts from sums kept from an earlier roll-up over the same registry and form. */
	void load(String unitCode, int year, YearSums sums) {
		yearOf(unitCode, year).addAll(sums);
	}

	private YearSums yearOf(String unitCode, int year) {
		return upper.computeIfAbsent(unitCode, k -> new HashMap<>()).computeIfAbsent(year, k -> new YearSums());
	}

	private YearSums contribution(OrgUnit unit, Map<String, Map<Integer, Object>> figures, int year,
			Predicate<String> indicators) {
		YearSums sums = new YearSums();
		for (Indicator indicator : form.indicators()) {
			if (!indicators.test(indicator.code())) {
				continue;
			}
			Object value = figures.getOrDefault(indicator.code(), Map.of()).get(year);
			switch (indicator.type()) {
				case INT, MONEY -> {
					if (indicator.aggregation() == AggregationClass.R) {
						Object weight = figures.getOrDefault(indicator.weight(), Map.of()).get(year);
						// A blank average is left out of the average; it is not an income of 0.
						if (value != null && weight != null) {
							sums.add(indicator.code() + YearSums.NUMERATOR, ((BigDecimal) value).multiply((BigDecimal) weight));
							sums.add(indicator.code() + YearSums.DENOMINATOR, (BigDecimal) weight);
						}
					}
					else {
						sums.add(indicator.code(), value == null ? BigDecimal.ZERO : (BigDecimal) value);
					}
				}
				case BOOL -> sums.add(indicator.code(), Boolean.TRUE.equals(value) ? BigDecimal.ONE : BigDecimal.ZERO);
				case CHOICE -> form.choices(indicator)
					.forEach(c -> sums.add(indicator.code() + "." + c, c.equals(value) ? BigDecimal.ONE : BigDecimal.ZERO));
			}
		}
		for (DerivedIndicator derived : form.derived()) {
			if (derived.sectorShare() != null && indicators.test(derived.code())) {
				Object answer = figures.getOrDefault(derived.sectorShare().of(), Map.of()).get(year);
				boolean counts = derived.sectorShare().sectors().contains(unit.sector()) && Boolean.TRUE.equals(answer);
				sums.add(derived.code(), counts ? BigDecimal.ONE : BigDecimal.ZERO);
			}
		}
		return sums;
	}

	private YearSums registryCounts(OrgUnit unit, int year) {
		YearSums counts = new YearSums();
		boolean active = unit.isActiveInYear(year);
		counts.add(EXPECTED, active ? BigDecimal.ONE : BigDecimal.ZERO);
		counts.add(SUBMITTED, BigDecimal.ZERO);
		for (DerivedIndicator derived : form.derived()) {
			if (derived.registry() == null) {
				continue;
			}
			boolean inSector = derived.sectors().isEmpty() || derived.sectors().contains(unit.sector());
			boolean counted = inSector && switch (derived.registry()) {
				case ACTIVE -> active;
				case FOUNDED -> unit.isFoundedIn(year);
				case DISSOLVED -> unit.isDissolvedIn(year);
			};
			counts.add(derived.code(), counted ? BigDecimal.ONE : BigDecimal.ZERO);
		}
		return counts;
	}
}
