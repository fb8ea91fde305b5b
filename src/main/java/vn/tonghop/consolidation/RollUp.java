package vn.tonghop.consolidation;

import vn.tonghop.form.AggregationClass;
import vn.tonghop.form.DerivedIndicator;
import vn.tonghop.form.Form;
import vn.tonghop.form.Indicator;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.OrgUnit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

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

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final Form form;

	private final OrgTree tree;

	private final String grassrootsType;

	private final String period;

	/** Sums of the units above the CĐCS: unit → year → sums. */
	private final Map<String, Map<Integer, YearSums>> upper = new HashMap<>();

	public RollUp(Form form, OrgTree tree, String grassrootsType) {
		this.form = form;
		this.tree = tree;
		this.grassrootsType = grassrootsType;
		this.period = form.firstYear() + "-" + form.lastYear();
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
		own(unit.get(), figures).forEach((year, sums) -> {
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
		tree.unit(unitCode).filter(u -> u.type().equals(grassrootsType)).ifPresent(unit -> {
			List<Total> rows = new ArrayList<>();
			emit(unitCode, own(unit, figures), false, rows::add);
			rows.sort(java.util.Comparator.comparing(Total::indicator).thenComparing(Total::period));
			rows.forEach(out);
		});
	}

	private Map<Integer, YearSums> own(OrgUnit unit, Map<String, Map<Integer, Object>> figures) {
		Map<Integer, YearSums> own = new HashMap<>();
		for (int year : form.years()) {
			if (unit.isActiveInYear(year)) {
				own.put(year, contribution(unit, figures, year));
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
			emit(unit.code(), years, true, out);
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

	private YearSums contribution(OrgUnit unit, Map<String, Map<Integer, Object>> figures, int year) {
		YearSums sums = new YearSums();
		for (Indicator indicator : form.indicators()) {
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
			if (derived.sectorShare() != null) {
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

	private void emit(String unitCode, Map<Integer, YearSums> years, boolean withDerived, Consumer<Total> out) {
		Map<Integer, Map<String, BigDecimal>> values = new HashMap<>();
		years.forEach((year, sums) -> values.put(year, finalValues(sums, withDerived)));
		// Every code of any year, in the order first met (a list's contains() made this quadratic in the codes).
		java.util.Set<String> codes = new java.util.LinkedHashSet<>();
		values.values().forEach(v -> codes.addAll(v.keySet()));
		for (String code : codes) {
			for (int year : form.years()) {
				BigDecimal v = values.getOrDefault(year, Map.of()).get(code);
				if (v != null) {
					out.accept(new Total(unitCode, code, String.valueOf(year), v));
				}
			}
			periodValue(code, years, values).ifPresent(v -> out.accept(new Total(unitCode, code, period, v)));
		}
	}

	/** The figures of a year as printed: plain sums, then averages and derived figures computed from them. */
	private Map<String, BigDecimal> finalValues(YearSums sums, boolean withDerived) {
		Map<String, BigDecimal> values = new HashMap<>();
		sums.asMap().forEach((code, v) -> {
			if (!code.endsWith(YearSums.NUMERATOR) && !code.endsWith(YearSums.DENOMINATOR)
					&& (withDerived || !isDerivedOrCompleteness(code))) {
				values.put(code, v);
			}
		});
		for (Indicator indicator : form.indicators()) {
			if (indicator.aggregation() == AggregationClass.R) {
				average(sums.get(indicator.code() + YearSums.NUMERATOR), sums.get(indicator.code() + YearSums.DENOMINATOR))
					.ifPresent(v -> values.put(indicator.code(), v));
			}
		}
		if (withDerived) {
			// A unit above the CĐCS shows 0, not nothing, for what none of its units reported.
			for (Indicator indicator : form.indicators()) {
				if (indicator.aggregation() == AggregationClass.R) {
					continue;
				}
				if (indicator.type() == vn.tonghop.form.ValueType.CHOICE) {
					form.choices(indicator).forEach(c -> values.putIfAbsent(indicator.code() + "." + c, BigDecimal.ZERO));
				}
				else {
					values.putIfAbsent(indicator.code(), BigDecimal.ZERO);
				}
			}
			form.derived()
				.stream()
				.filter(d -> d.sectorShare() != null)
				.forEach(d -> values.putIfAbsent(d.code(), BigDecimal.ZERO));
			addDerived(values);
		}
		return values;
	}

	private void addDerived(Map<String, BigDecimal> values) {
		for (DerivedIndicator derived : form.derived()) {
			if (!derived.sum().isEmpty()) {
				values.put(derived.code(), derived.sum()
					.stream()
					.map(c -> values.getOrDefault(c, BigDecimal.ZERO))
					.reduce(BigDecimal.ZERO, BigDecimal::add));
			}
		}
		for (DerivedIndicator derived : form.derived()) {
			if (derived.ratio() != null) {
				percent(values.get(derived.ratio().numerator()), values.get(derived.ratio().denominator()))
					.ifPresent(v -> values.put(derived.code(), v));
			}
		}
	}

	private Optional<BigDecimal> periodValue(String code, Map<Integer, YearSums> years,
			Map<Integer, Map<String, BigDecimal>> values) {
		AggregationClass aggregation = aggregationOf(code);
		if (aggregation == null) {
			return Optional.empty();
		}
		return switch (aggregation) {
			case S -> Optional.ofNullable(values.getOrDefault(form.lastYear(), Map.of()).get(code));
			case S0 -> Optional.ofNullable(values.getOrDefault(form.firstYear(), Map.of()).get(code));
			case F -> values.values()
				.stream()
				.map(v -> v.get(code))
				.filter(java.util.Objects::nonNull)
				.reduce(BigDecimal::add);
			case A -> Optional.empty();
			case R -> ratioOverPeriod(code, years, values);
		};
	}

	private Optional<BigDecimal> ratioOverPeriod(String code, Map<Integer, YearSums> years,
			Map<Integer, Map<String, BigDecimal>> values) {
		Optional<DerivedIndicator> derived = form.derivedIndicator(code);
		if (derived.isPresent() && derived.get().ratio() != null) {
			DerivedIndicator.Ratio ratio = derived.get().ratio();
			return periodValue(ratio.numerator(), years, values)
				.flatMap(n -> periodValue(ratio.denominator(), years, values).flatMap(d -> percent(n, d)));
		}
		BigDecimal numerator = BigDecimal.ZERO;
		BigDecimal denominator = BigDecimal.ZERO;
		for (YearSums sums : years.values()) {
			if (sums.get(code + YearSums.NUMERATOR) != null) {
				numerator = numerator.add(sums.get(code + YearSums.NUMERATOR));
				denominator = denominator.add(sums.get(code + YearSums.DENOMINATOR));
			}
		}
		return average(numerator, denominator);
	}

	/** The class that decides a figure's period value; null for completeness, which has none. */
	private AggregationClass aggregationOf(String code) {
		String base = code.contains(".") ? code.substring(0, code.indexOf('.')) : code;
		return form.indicator(base)
			.map(Indicator::aggregation)
			.or(() -> form.derivedIndicator(base).map(DerivedIndicator::aggregation))
			.orElse(null);
	}

	private boolean isDerivedOrCompleteness(String code) {
		return code.equals(SUBMITTED) || code.equals(EXPECTED) || form.derivedIndicator(code).isPresent();
	}

	private static Optional<BigDecimal> percent(BigDecimal numerator, BigDecimal denominator) {
		if (numerator == null || denominator == null || denominator.signum() == 0) {
			return Optional.empty();
		}
		return Optional.of(numerator.multiply(HUNDRED).divide(denominator, 2, RoundingMode.HALF_UP));
	}

	private static Optional<BigDecimal> average(BigDecimal numerator, BigDecimal denominator) {
		if (numerator == null || denominator == null || denominator.signum() == 0) {
			return Optional.empty();
		}
		return Optional.of(numerator.divide(denominator, 3, RoundingMode.HALF_UP));
	}
}
