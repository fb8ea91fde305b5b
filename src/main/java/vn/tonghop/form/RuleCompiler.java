package vn.tonghop.form;

import org.springframework.expression.Expression;
import org.springframework.expression.ParseException;
import org.springframework.expression.spel.SpelNode;
import org.springframework.expression.spel.ast.CompoundExpression;
import org.springframework.expression.spel.ast.PropertyOrFieldReference;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.expression.spel.standard.SpelExpressionParser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses the rules of a form definition once, at load: each rule's expressions, the indicator codes it names (this
 * year's and, through {@code prev.}, the previous year's) and the cell its finding points at. Every fault is added
 * to the loader's list, named by rule.
 */
final class RuleCompiler {

	static final String PREVIOUS_YEAR = "prev";

	private static final List<String> RULE_CODES = List.of("E5", "E6", "E7", "W3", "W5", "W6");

	/**
	 * Parsed once per form. MIXED mode lets SpEL compile an expression to bytecode once it has run a few times, which
	 * it can only do for primitive numbers: the form's rules compare BigDecimals, and the compiled rule also holds them
	 * as plain Java built from this parse ({@link RuleFunctions}), SpEL answering what that does not take.
	 */
	private final SpelExpressionParser parser = new SpelExpressionParser(new org.springframework.expression.spel.SpelParserConfiguration(
			org.springframework.expression.spel.SpelCompilerMode.MIXED, RuleCompiler.class.getClassLoader()));

	List<CompiledRule> compile(FormDefinition d, FaultList faults) {
		Set<String> indicatorCodes = new HashSet<>();
		d.sections().forEach(s -> s.indicators().forEach(i -> indicatorCodes.add(i.code())));
		Set<String> ids = new HashSet<>();
		List<CompiledRule> compiled = new ArrayList<>();
		for (Rule rule : d.rules()) {
			String entry = "rules." + rule.id();
			if (FormLoader.blank(rule.id()) || !ids.add(rule.id())) {
				faults.add(entry, "form.fault.ruleId");
			}
			if (!RULE_CODES.contains(rule.code())) {
				faults.add(entry + ".code", "form.fault.ruleCode", rule.id(), String.join(", ", RULE_CODES));
			}
			if (FormLoader.blank(rule.check())) {
				faults.add(entry, "form.fault.ruleCheck", rule.id());
				continue;
			}
			try {
				Expression check = parser.parseExpression(rule.check());
				Expression when = FormLoader.blank(rule.when()) ? null : parser.parseExpression(rule.when());
				Set<String> current = new LinkedHashSet<>();
				Set<String> previous = new LinkedHashSet<>();
				collectCodes(((SpelExpression) check).getAST(), current, previous);
				if (when != null) {
					collectCodes(((SpelExpression) when).getAST(), current, previous);
				}
				Set<String> named = new LinkedHashSet<>(current);
				named.addAll(previous);
				named.stream()
					.filter(c -> !indicatorCodes.contains(c))
					.forEach(c -> faults.add(entry + ".check", "form.fault.ruleIndicator", rule.id(), c));
				String cell = rule.cell() != null ? rule.cell() : current.stream().findFirst().orElse(null);
				if (cell == null || !indicatorCodes.contains(cell)) {
					faults.add(entry + ".cell", "form.fault.ruleCell", rule.id());
				}
				compiled.add(new CompiledRule(rule, when, check, List.copyOf(current), cell));
			}
			catch (ParseException ex) {
				faults.add(entry + ".check", "form.fault.ruleParse", rule.id(), ex.getMessage());
			}
		}
		return compiled;
	}

	/** Property references are indicator codes; those reached through {@code prev.} are of the previous year. */
	private static void collectCodes(SpelNode node, Set<String> current, Set<String> previous) {
		if (node instanceof CompoundExpression && node.getChildCount() > 1
				&& node.getChild(0) instanceof PropertyOrFieldReference head && PREVIOUS_YEAR.equals(head.getName())) {
			for (int i = 1; i < node.getChildCount(); i++) {
				if (node.getChild(i) instanceof PropertyOrFieldReference ref) {
					previous.add(ref.getName());
				}
			}
			return;
		}
		if (node instanceof PropertyOrFieldReference ref && !PREVIOUS_YEAR.equals(ref.getName())) {
			current.add(ref.getName());
		}
		for (int i = 0; i < node.getChildCount(); i++) {
			collectCodes(node.getChild(i), current, previous);
		}
	}

}
