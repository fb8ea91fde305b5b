package vn.tonghop.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checked form definition with its look-ups. Immutable; built only by {@link FormLoader}, which guarantees
 * that every code it names exists and every rule parses.
 */
public final class Form {

	private final FormDefinition definition;

	private final Map<String, Indicator> indicators;

	private final Map<String, DerivedIndicator> derived;

	private final List<CompiledRule> rules;

	Form(FormDefinition definition, List<CompiledRule> rules) {
		this.definition = definition;
		Map<String, Indicator> byCode = new LinkedHashMap<>();
		definition.sections().forEach(s -> s.indicators().forEach(i -> byCode.put(i.code(), i)));
		this.indicators = Collections.unmodifiableMap(byCode);
		Map<String, DerivedIndicator> derivedByCode = new LinkedHashMap<>();
		definition.derived().forEach(d -> derivedByCode.put(d.code(), d));
		this.derived = Collections.unmodifiableMap(derivedByCode);
		this.rules = List.copyOf(rules);
	}

	public String id() {
		return definition.id();
	}

	public String version() {
		return definition.version();
	}

	public String title() {
		return definition.title();
	}

	public String shortTitle() {
		return definition.shortTitle();
	}

	/** The report years, ascending (2018, 2019, 2020). */
	public List<Integer> years() {
		return definition.years();
	}

	public int firstYear() {
		return years().get(0);
	}

	/** The years as people write them in a title: "2018–2020", or "2021" for a one-year form. */
	public String periodText() {
		return periodText(firstYear(), lastYear());
	}

	/** "2018–2020", or "2021" for a form of one year. */
	static String periodText(int firstYear, int lastYear) {
		return firstYear == lastYear ? String.valueOf(firstYear) : firstYear + "–" + lastYear;
	}

	/** True for a form of one year (an annual report): no change over the period to speak of. */
	public boolean isOneYear() {
		return firstYear() == lastYear();
	}

	public int lastYear() {
		return years().get(years().size() - 1);
	}

	/** Length of the congress term in years; flow targets are judged pro rata against it. */
	public int termYears() {
		return definition.termYears();
	}

	public BigDecimal moneyWarningThreshold() {
		return definition.moneyWarningThreshold();
	}

	public List<Section> sections() {
		return definition.sections();
	}

	/** Every indicator a CĐCS fills in, in form order. */
	public List<Indicator> indicators() {
		return new ArrayList<>(indicators.values());
	}

	/** The codes of {@link #indicators()}, in form order. */
	public Set<String> indicatorCodes() {
		return indicators.keySet();
	}

	public Optional<Indicator> indicator(String code) {
		return Optional.ofNullable(indicators.get(code));
	}

	/** What the reports show of this form (the {@code report:} section). */
	/** The year-over-year outlier check (W7), when the form asks for one. */
	public Optional<OutlierSettings> outliers() {
		return Optional.ofNullable(definition.outliers());
	}

	public ReportLayout report() {
		return definition.report();
	}

	public List<DerivedIndicator> derived() {
		return definition.derived();
	}

	/** Whether the figure counts the CĐCS standing at the year's end, of every sector: the number of CĐCS. */
	public boolean countsActiveUnits(String code) {
		return derivedIndicator(code)
			.filter(d -> d.registry() == DerivedIndicator.RegistryCount.ACTIVE && d.sectors().isEmpty())
			.isPresent();
	}

	public Optional<DerivedIndicator> derivedIndicator(String code) {
		return Optional.ofNullable(derived.get(code));
	}

	/** What the reports print about any figure code, typed in or derived. */
	/**
	 * A figure the reports can show: an indicator or a derived indicator.
	 *
	 * @param kind how it prints: a count, an amount of money or a percentage (one number of decimals per kind)
	 */
	public record Figure(String code, String name, String unit, AggregationClass aggregation, FigureKind kind) {
	}

	/** The indicator's code a figure's code stands under: {@code XL} for a choice's count {@code XL.HTT}. */
	public static String baseCode(String figureCode) {
		int dot = figureCode.indexOf('.');
		return dot < 0 ? figureCode : figureCode.substring(0, dot);
	}

	public Optional<Figure> figure(String code) {
		return indicator(code).map(i -> new Figure(i.code(), i.name(), i.unit(), i.aggregation(), FigureKind.of(i.type(), i.unit())))
			.or(() -> derivedIndicator(code).map(d -> new Figure(d.code(), d.name(), d.unit(), d.aggregation(),
					FigureKind.of(ValueType.INT, d.unit()))));
	}

	public List<CompiledRule> rules() {
		return rules;
	}

	public List<Sector> sectors() {
		return definition.sectors();
	}

	public Set<String> sectorCodes() {
		return sectors().stream().map(Sector::code).collect(Collectors.toUnmodifiableSet());
	}

	public Set<String> enterpriseSectors() {
		return sectors().stream().filter(Sector::enterprise).map(Sector::code).collect(Collectors.toUnmodifiableSet());
	}

	public List<String> choices(Indicator indicator) {
		return indicator.choices() == null ? List.of() : definition.choiceLists().get(indicator.choices());
	}

	/** The named choice lists, in a stable order, for the template's hidden list sheet. */
	public Map<String, List<String>> choiceLists() {
		return new java.util.TreeMap<>(definition.choiceLists());
	}
}
