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
	 * @return whether the rule holds; empty when it does not apply (a named value is missing, or {@code when} is
	 * false)
	 */
	Optional<Boolean> holds(CompiledRule rule, Map<String, Object> year, Map<String, Object> previousYear) {
		if (!rule.codes().stream().allMatch(year::containsKey)) {
			return Optional.empty();
		}
		Map<String, Object> root = new HashMap<>(year);
		root.put(PREVIOUS, previousYear);
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
