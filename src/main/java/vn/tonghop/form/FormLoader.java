package vn.tonghop.form;

import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

	private final YAMLMapper mapper = YAMLMapper.builder()
		.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	public Form load(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource.getDescription());
		}
		catch (IOException ex) {
			throw new FormDefinitionException(resource.getDescription(),
					List.of(new FormFault(0, "", "form.fault.unreadable", List.of(String.valueOf(ex.getMessage())))));
		}
	}

	/**
	 * Checks a definition's text whole.
	 *
	 * @param source what to call the text in the exception's message (a file name)
	 * @throws FormDefinitionException naming every fault with its line
	 */
	public Form parse(String text, String source) {
		FormDefinition definition;
		try {
			definition = mapper.readValue(text, FormDefinition.class);
		}
		catch (JacksonException ex) {
			throw new FormDefinitionException(source, List.of(JacksonFaults.of(ex, new YamlLines(text))));
		}
		FaultList faults = new FaultList();
		checkHeader(definition, faults);
		Set<String> codes = checkIndicators(definition, faults);
		checkDerived(definition, codes, faults);
		List<CompiledRule> rules = new RuleCompiler().compile(definition, faults);
		if (definition.outliers() != null) {
			Set<String> numeric = new HashSet<>();
			definition.sections().forEach(s -> s.indicators().stream()
				.filter(i -> i.type() != null && i.type().isNumeric())
				.forEach(i -> numeric.add(i.code())));
			definition.outliers().check(numeric, faults);
		}
		if (definition.report() == null) {
			faults.add("report", "form.fault.report");
		}
		else {
			Set<String> indicatorCodes = new HashSet<>();
			definition.sections().forEach(s -> s.indicators().forEach(i -> indicatorCodes.add(i.code())));
			definition.report().check(codes, indicatorCodes, faults);
		}
		if (!faults.isEmpty()) {
			throw new FormDefinitionException(source, faults.resolve(new YamlLines(text)));
		}
		return new Form(definition, rules);
	}

	private static void fits(String path, String value, int limit, FaultList faults) {
		if (value != null && value.strip().length() > limit) {
			faults.add(path, "form.fault.tooLong", path, value.strip().length(), limit);
		}
	}

	private void checkHeader(FormDefinition d, FaultList faults) {
		if (blank(d.id()) || blank(d.version()) || blank(d.title()) || blank(d.shortTitle())) {
			faults.add(blank(d.id()) ? "id" : blank(d.version()) ? "version" : blank(d.title()) ? "title" : "shortTitle",
					"form.fault.header");
		}
		// What the tables keep (form_definition; an indicator's code, CODE, in findings and totals).
		fits("id", d.id(), 64, faults);
		fits("version", d.version(), 64, faults);
		fits("title", d.title(), 500, faults);
		if (d.years().isEmpty()) {
			faults.add("years", "form.fault.years.missing");
		}
		for (int i = 1; i < d.years().size(); i++) {
			if (d.years().get(i) != d.years().get(i - 1) + 1) {
				faults.add("years", "form.fault.years.order", d.years());
				break;
			}
		}
		if (d.years().size() == 2 || d.years().size() > 3) {
			faults.add("years", "form.fault.years.layout", d.years().size());
		}
		if (d.termYears() == null || d.termYears() < d.years().size()) {
			faults.add("termYears", "form.fault.termYears", d.years().size());
		}
		if (d.moneyWarningThreshold() == null) {
			faults.add("moneyWarningThreshold", "form.fault.threshold");
		}
		if (d.sectors().isEmpty()) {
			faults.add("sectors", "form.fault.sectors");
		}
		d.choiceLists().forEach((name, values) -> {
			if (values == null || values.isEmpty() || new HashSet<>(values).size() != values.size()) {
				faults.add("choiceLists." + name, "form.fault.choiceList", name);
			}
		});
	}

	/** Returns every code a rule, ratio or sum may name: indicators, derived figures, and CODE.CHOICE counts. */
	private Set<String> checkIndicators(FormDefinition d, FaultList faults) {
		Set<String> sectors = new HashSet<>();
		d.sectors().forEach(s -> sectors.add(s.code()));
		Set<String> codes = new LinkedHashSet<>();
		Set<String> numeric = new HashSet<>();
		for (Section section : d.sections()) {
			for (int n = 0; n < section.indicators().size(); n++) {
				Indicator i = section.indicators().get(n);
				String entry = "sections." + section.code() + ".indicators." + i.code();
				// A repeated or malformed code cannot find its own entry by code; its position can.
				String byPosition = "sections." + section.code() + ".indicators." + n;
				if (i.code() == null || !CODE.matcher(i.code()).matches()) {
					faults.add(byPosition, "form.fault.code", i.code());
					continue;
				}
				if (!codes.add(i.code())) {
					faults.add(byPosition, "form.fault.duplicate", i.code());
				}
				if (blank(i.name()) || i.type() == null || i.aggregation() == null) {
					faults.add(entry, "form.fault.indicatorFields", i.code());
					continue;
				}
				if (i.type().isNumeric()) {
					numeric.add(i.code());
				}
				boolean isChoice = i.type() == ValueType.CHOICE;
				if (isChoice != (i.choices() != null)) {
					faults.add(entry + ".choices", "form.fault.choices", i.code());
				}
				else if (isChoice && !d.choiceLists().containsKey(i.choices())) {
					faults.add(entry + ".choices", "form.fault.unknownChoiceList", i.code(), i.choices());
				}
				else if (isChoice) {
					d.choiceLists().get(i.choices()).forEach(c -> codes.add(i.code() + "." + c));
				}
				if (!i.type().isNumeric() && i.aggregation() != AggregationClass.S
						&& i.aggregation() != AggregationClass.A) {
					faults.add(entry + ".class", "form.fault.nonNumericClass", i.code());
				}
				if ((i.aggregation() == AggregationClass.R) != (i.weight() != null)) {
					faults.add(entry + ".weight", "form.fault.weight", i.code());
				}
				i.requiredSectors()
					.stream()
					.filter(s -> !sectors.contains(s))
					.forEach(s -> faults.add(entry + ".requiredSectors", "form.fault.unknownSector", s));
			}
		}
		d.sections()
			.forEach(section -> section.indicators()
				.stream()
				.filter(i -> i.weight() != null && !numeric.contains(i.weight()))
				.forEach(i -> faults.add("sections." + section.code() + ".indicators." + i.code() + ".weight",
						"form.fault.weightNotNumeric", i.code(), i.weight())));
		return codes;
	}

	private void checkDerived(FormDefinition d, Set<String> codes, FaultList faults) {
		Set<String> sectors = new HashSet<>();
		d.sectors().forEach(s -> sectors.add(s.code()));
		// Derived figures may name each other in any order, so collect every code first.
		d.derived().forEach(x -> {
			if (x.code() == null || !CODE.matcher(x.code()).matches()) {
				faults.add("derived." + x.code(), "form.fault.code", x.code());
			}
			else if (!codes.add(x.code())) {
				faults.add("derived." + x.code(), "form.fault.duplicate", x.code());
			}
		});
		for (DerivedIndicator x : d.derived()) {
			String entry = "derived." + x.code();
			if (blank(x.name()) || x.aggregation() == null) {
				faults.add(entry, "form.fault.derivedFields", x.code());
			}
			if (x.methodCount() != 1) {
				faults.add(entry, "form.fault.derivedMethod", x.code());
			}
			x.sectors()
				.stream()
				.filter(s -> !sectors.contains(s))
				.forEach(s -> faults.add(entry + ".sectors", "form.fault.unknownSector", s));
			if (x.sectorShare() != null) {
				requireCode(entry + ".sectorShare.of", x.sectorShare().of(), codes, faults);
				x.sectorShare()
					.sectors()
					.stream()
					.filter(s -> !sectors.contains(s))
					.forEach(s -> faults.add(entry + ".sectorShare.sectors", "form.fault.unknownSector", s));
			}
			x.sum().forEach(c -> requireCode(entry + ".sum", c, codes, faults));
			if (x.ratio() != null) {
				requireCode(entry + ".ratio.numerator", x.ratio().numerator(), codes, faults);
				requireCode(entry + ".ratio.denominator", x.ratio().denominator(), codes, faults);
				if (x.aggregation() != AggregationClass.R) {
					faults.add(entry + ".class", "form.fault.ratioClass", x.code());
				}
			}
		}
	}

	private static void requireCode(String entry, String code, Set<String> codes, FaultList faults) {
		if (code == null || !codes.contains(code)) {
			faults.add(entry, "form.fault.unknownCode", code);
		}
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
