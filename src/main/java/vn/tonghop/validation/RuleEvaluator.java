package vn.tonghop.validation;

import org.springframework.expression.EvaluationContext;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.support.MapAccessor;
import org.springframework.expression.spel.support.SimpleEvaluationContext;

import vn.tonghop.form.CompiledRule;
import vn.tonghop.form.RuleFunction;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates the form's rules over one year's values with Spring Expression Language, in a context that can only
 * read the given map and call methods on its values (no types, no beans, no assignment): the expressions come from
 * the form definition, never from a user's file. Each expression is first tried as plain Java
 * ({@link CompiledRule#checkAsJava}), which gives SpEL's answer or none; SpEL answers the rest.
 */
final class RuleEvaluator {

	static final String PREVIOUS = "prev";

	private final EvaluationContext context = SimpleEvaluationContext.forPropertyAccessors(new MapAccessor())
		.withInstanceMethods()
		.withAssignmentDisabled()
		.build();

	/**
	 * What one year's rules read: the year's values by indicator code, and the previous year's under {@code prev}.
	 * Built once a year and shared by its rules, which only read it.
	 */
	static Map<String, Object> scope(Map<String, Object> year, Map<String, Object> previousYear) {
		Map<String, Object> root = new HashMap<>(year);
		root.put(PREVIOUS, previousYear);
		return root;
	}

	/**
	 * @param root the year's {@link #scope}
	 * @return whether the rule holds; empty when it does not apply (a named value is missing, or {@code when} is
	 * false)
	 */
	Optional<Boolean> holds(CompiledRule rule, Map<String, Object> root) {
		// The rule's codes are the current year's indicator codes, never "prev".
		for (String code : rule.codes()) {
			if (!root.containsKey(code)) {
				return Optional.empty();
			}
		}
		try {
			if (rule.when() != null && !isTrue(rule.when(), rule.whenAsJava(), root)) {
				return Optional.empty();
			}
			return Optional.of(isTrue(rule.check(), rule.checkAsJava(), root));
		}
		catch (EvaluationException ex) {
			// A rule over a previous-year value that is missing cannot be judged; that is not the sender's fault.
			return Optional.empty();
		}
	}

	private boolean isTrue(Expression expression, RuleFunction asJava, Map<String, Object> root) {
		if (asJava != null && asJava.apply(root) instanceof Boolean answer) {
			return answer;
		}
		return Boolean.TRUE.equals(expression.getValue(context, root, Boolean.class));
	}
}
