package vn.tonghop.form;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The form definition exactly as written in its YAML file; {@link Form} is the checked, indexed view. */
record FormDefinition(String id, String version, String title, String shortTitle, List<Integer> years,
		Integer termYears, BigDecimal moneyWarningThreshold, List<Sector> sectors,
		Map<String, List<String>> choiceLists, List<Section> sections, List<DerivedIndicator> derived,
		List<Rule> rules, ReportLayout report, OutlierSettings outliers) {

	FormDefinition {
		years = years == null ? List.of() : List.copyOf(years);
		sectors = sectors == null ? List.of() : List.copyOf(sectors);
		choiceLists = choiceLists == null ? Map.of() : Map.copyOf(choiceLists);
		sections = sections == null ? List.of() : List.copyOf(sections);
		derived = derived == null ? List.of() : List.copyOf(derived);
		rules = rules == null ? List.of() : List.copyOf(rules);
	}
}
