package vn.tonghop.form;

import java.util.Map;

/**
 * A rule's expression as plain Java over one year's values by indicator code (the previous year's under
 * {@code prev}): see {@link RuleFunctions} for what it takes and what it promises.
 */
@FunctionalInterface
public interface RuleFunction {

	/** Not worked out here: a value of a kind this code does not take, a missing name, a null it would step through. */
	Object UNDECIDED = new Object();

	/** The expression's value, or {@link #UNDECIDED}. */
	Object apply(Map<String, Object> root);
}
