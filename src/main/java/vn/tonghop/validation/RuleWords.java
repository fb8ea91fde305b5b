package vn.tonghop.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tonghop.form.CompiledRule;
import vn.tonghop.form.Form;
import vn.tonghop.form.Indicator;
import vn.tonghop.system.Messages;
import vn.tonghop.system.VietnameseFormat;
import vn.tonghop.workbook.FormSubmission;

/**
 * What a broken rule says to a clerk: the values it found in words and every cell it names. A rule that compares two
 * indicators ("TC06 <= LD01") reads "Tổng số đoàn viên công đoàn (TC06) = 47 lớn hơn Tổng số công nhân… (LD01) =
 * 35"; any other lists each indicator with its value. The message patterns take these as their {1}.
 */
final class RuleWords {

	private static final Pattern COMPARISON = Pattern.compile("\\s*(\\w+)\\s*(<=|>=|<|>|==)\\s*(\\w+)\\s*");

	private final Form form;

	private final Messages messages;

	RuleWords(Form form, Messages messages) {
		this.form = form;
		this.messages = messages;
	}

	/** The values the rule found, in words where it compares two indicators. */
	String values(CompiledRule rule, Map<String, Object> values) {
		Matcher m = COMPARISON.matcher(rule.rule().check());
		if (rule.rule().when() == null && m.matches() && values.containsKey(m.group(1)) && values.containsKey(m.group(3))) {
			return messages.get("rule.comparison", name(m.group(1)), m.group(1), shown(values.get(m.group(1))),
					messages.get("rule.broken." + operator(m.group(2))), name(m.group(3)), m.group(3),
					shown(values.get(m.group(3))));
		}
		StringJoiner joined = new StringJoiner("; ");
		rule.codes().forEach(code -> joined.add(code + " = " + shown(values.get(code))));
		return joined.toString();
	}

	/** The cell the finding points at first, then every other cell of the year the rule names: "F23, F17". */
	static String cells(CompiledRule rule, FormSubmission s, int year) {
		List<String> cells = new ArrayList<>();
		String first = s.cell(rule.cell(), year);
		if (first != null) {
			cells.add(first);
		}
		for (String code : rule.codes()) {
			String cell = s.cell(code, year);
			if (cell != null && !cells.contains(cell)) {
				cells.add(cell);
			}
		}
		return cells.isEmpty() ? null : String.join(", ", cells);
	}

	private String name(String code) {
		return form.indicator(code).map(Indicator::name).orElse(code);
	}

	private String shown(Object value) {
		return VietnameseFormat.value(value, messages);
	}

	/** The relation that holds when the rule is broken: "<=" broken is "lớn hơn". */
	private static String operator(String operator) {
		return switch (operator) {
			case "<=" -> "gt";
			case "<" -> "ge";
			case ">=" -> "lt";
			case ">" -> "le";
			default -> "ne";
		};
	}
}
