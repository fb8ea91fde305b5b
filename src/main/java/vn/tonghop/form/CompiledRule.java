package vn.tonghop.form;

import org.springframework.expression.Expression;

import java.util.List;

/**
 * A rule whose expressions have been parsed once.
 *
 * @param codes the indicator codes of the current year that {@code check} and {@code when} name; the rule is
 * evaluated only when all of them have a value
 */
public record CompiledRule(Rule rule, Expression when, Expression check, List<String> codes, String cell) {
}
