package vn.tonghop.form;

import org.springframework.expression.Expression;

import java.util.List;

/**
 * A rule whose expressions have been parsed once.
 *
 * @param codes the indicator codes of the current year that {@code check} and {@code when} name; the rule is
 * evaluated only when all of them have a value
 * @param whenAsJava {@code when} as plain Java, built once; null when there is no {@code when} or SpEL alone can
 * evaluate it ({@link RuleFunctions})
 * @param checkAsJava {@code check} as plain Java, likewise
 */
public record CompiledRule(Rule rule, Expression when, Expression check, List<String> codes, String cell,
		RuleFunction whenAsJava, RuleFunction checkAsJava) {

	public CompiledRule(Rule rule, Expression when, Expression check, List<String> codes, String cell) {
		this(rule, when, check, codes, cell, RuleFunctions.of(when), RuleFunctions.of(check));
	}
}
