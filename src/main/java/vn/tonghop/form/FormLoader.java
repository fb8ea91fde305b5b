package vn.tonghop.form;

import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a form definition file and checks it whole, so that a broken definition fails at start-up with every
 * fault named (file, entry, what is wrong) instead of surfacing as a wrong total at night.
 */
public final class FormLoader {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

	private final YAMLMapper mapper = YAMLMapper.builder()
		.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	public Form load(Resource resource) {
		String source = resource.getDescription();
		FormDefinition definition;
		try (InputStream in = resource.getInputStream()) {
			definition = mapper.readValue(in, FormDefinition.class);
		}
		catch (IOException | JacksonException ex) {
			throw new FormDefinitionException(source, ex);
		}
		List<String> faults = new ArrayList<>();
		checkHeader(definition, faults);
		Set<String> codes = checkIndicators(definition, faults);
		checkDerived(definition, codes, faults);
		List<CompiledRule> rules = new RuleCompiler().compile(definition, faults);
		if (definition.report() == null) {
			faults.add("report: the section saying what the reports show is missing");
		}
		else {
			Set<String> indicatorCodes = new HashSet<>();
			definition.sections().forEach(s -> s.indicators().forEach(i -> indicatorCodes.add(i.code())));
			faults.addAll(definition.report().faults(codes, indicatorCodes));
		}
		if (!faults.isEmpty()) {
			throw new FormDefinitionException(source, faults);
		}
		return new Form(definition, rules);
	}

	private void checkHeader(FormDefinition d, List<String> faults) {
		if (blank(d.id()) || blank(d.version()) || blank(d.title()) || blank(d.shortTitle())) {
			faults.add("id, version, title and shortTitle are required");
		}
		if (d.years().isEmpty()) {
			faults.add("years: at least one year is required");
		}
		for (int i = 1; i < d.years().size(); i++) {
			if (d.years().get(i) != d.years().get(i - 1) + 1) {
				faults.add("years: must be consecutive and ascending, found " + d.years());
				break;
			}
		}
		if (d.termYears() == null || d.termYears() < d.years().size()) {
			faults.add("termYears: required and at least the number of years");
		}
		if (d.moneyWarningThreshold() == null) {
			faults.add("moneyWarningThreshold: required");
		}
		if (d.sectors().isEmpty()) {
			faults.add("sectors: at least one sector is required");
		}
		d.choiceLists().forEach((name, values) -> {
			if (values == null || values.isEmpty() || new HashSet<>(values).size() != values.size()) {
				faults.add("choiceLists." + name + ": must be a non-empty list without repeats");
			}
		});
	}

	/** Returns every code a rule, ratio or sum may name: indicators, derived figures, and CODE.CHOICE counts. */
	private Set<String> checkIndicators(FormDefinition d, List<String> faults) {
		Set<String> sectors = new HashSet<>();
		d.sectors().forEach(s -> sectors.add(s.code()));
		Set<String> codes = new LinkedHashSet<>();
		Set<String> numeric = new HashSet<>();
		for (Section section : d.sections()) {
			for (Indicator i : section.indicators()) {
				String entry = "sections." + section.code() + "." + i.code();
				if (i.code() == null || !CODE.matcher(i.code()).matches()) {
					faults.add(entry + ": code must be upper-case letters, digits and _");
					continue;
				}
				if (!codes.add(i.code())) {
					faults.add(entry + ": duplicate code " + i.code());
				}
				if (blank(i.name()) || i.type() == null || i.aggregation() == null) {
					faults.add(entry + ": name, type and class are required");
					continue;
				}
				if (i.type().isNumeric()) {
					numeric.add(i.code());
				}
				boolean isChoice = i.type() == ValueType.CHOICE;
				if (isChoice != (i.choices() != null)) {
					faults.add(entry + ": choices is required for type choice and only for it");
				}
				else if (isChoice && !d.choiceLists().containsKey(i.choices())) {
					faults.add(entry + ": unknown choice list " + i.choices());
				}
				else if (isChoice) {
					d.choiceLists().get(i.choices()).forEach(c -> codes.add(i.code() + "." + c));
				}
				if (!i.type().isNumeric() && i.aggregation() != AggregationClass.S
						&& i.aggregation() != AggregationClass.A) {
					faults.add(entry + ": a bool or choice indicator can only be of class S or A");
				}
				if ((i.aggregation() == AggregationClass.R) != (i.weight() != null)) {
					faults.add(entry + ": a class R indicator needs a weight, and only it");
				}
				i.requiredSectors()
					.stream()
					.filter(s -> !sectors.contains(s))
					.forEach(s -> faults.add(entry + ": requiredSectors names unknown sector " + s));
			}
		}
		d.sections()
			.stream()
			.flatMap(s -> s.indicators().stream())
			.filter(i -> i.weight() != null && !numeric.contains(i.weight()))
			.forEach(i -> faults.add("sections: " + i.code() + ".weight names " + i.weight()
					+ ", which is not a numeric indicator"));
		return codes;
	}

	private void checkDerived(FormDefinition d, Set<String> codes, List<String> faults) {
		Set<String> sectors = new HashSet<>();
		d.sectors().forEach(s -> sectors.add(s.code()));
		// Derived figures may name each other in any order, so collect every code first.
		d.derived().forEach(x -> {
			if (x.code() == null || !CODE.matcher(x.code()).matches()) {
				faults.add("derived: code " + x.code() + " must be upper-case letters, digits and _");
			}
			else if (!codes.add(x.code())) {
				faults.add("derived." + x.code() + ": duplicate code");
			}
		});
		for (DerivedIndicator x : d.derived()) {
			String entry = "derived." + x.code();
			if (blank(x.name()) || x.aggregation() == null) {
				faults.add(entry + ": name and class are required");
			}
			if (x.methodCount() != 1) {
				faults.add(entry + ": exactly one of registry, sectorShare, sum, ratio is required");
			}
			x.sectors()
				.stream()
				.filter(s -> !sectors.contains(s))
				.forEach(s -> faults.add(entry + ": unknown sector " + s));
			if (x.sectorShare() != null) {
				requireCode(entry + ".sectorShare.of", x.sectorShare().of(), codes, faults);
				x.sectorShare()
					.sectors()
					.stream()
					.filter(s -> !sectors.contains(s))
					.forEach(s -> faults.add(entry + ": unknown sector " + s));
			}
			x.sum().forEach(c -> requireCode(entry + ".sum", c, codes, faults));
			if (x.ratio() != null) {
				requireCode(entry + ".ratio.numerator", x.ratio().numerator(), codes, faults);
				requireCode(entry + ".ratio.denominator", x.ratio().denominator(), codes, faults);
				if (x.aggregation() != AggregationClass.R) {
					faults.add(entry + ": a ratio must be of class R");
				}
			}
		}
	}

	private static void requireCode(String entry, String code, Set<String> codes, List<String> faults) {
		if (code == null || !codes.contains(code)) {
			faults.add(entry + ": names unknown code " + code);
		}
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
