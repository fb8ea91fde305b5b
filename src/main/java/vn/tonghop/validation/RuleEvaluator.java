package vn.tonghop.validation;

import org.springframework.expression.EvaluationContext;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.spel.support.MapAccessor;
import org.springframework.expression.spel.support.SimpleEvaluationContext;

import vn.tonghop.form.CompiledRule;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates the form's rules over one year's values with Spring Expression Language, in a context that can only
 * read the given map and call methods on its values (no types, no beans, no assignment): the expressions come from
 * the form definition, never from a user's file.
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
			if (rule.when() != null && !Boolean.TRUE.equals(rule.when().getValue(context, root, Boolean.class))) {
				return Optional.empty();
			}
			return Optional.of(Boolean.TRUE.equals(rule.check().getValue(context, root, Boolean.class)));
		}
		catch (EvaluationException ex) {
			// A rule over a previous-year value that is missing cannot be judged; that is not the sender's fault.
			return Optional.empty();
		}
	}
}
