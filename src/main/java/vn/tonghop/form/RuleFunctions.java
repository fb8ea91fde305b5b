package vn.tonghop.form;

import org.springframework.expression.Expression;
import org.springframework.expression.spel.SpelNode;
import org.springframework.expression.spel.ast.BooleanLiteral;
import org.springframework.expression.spel.ast.CompoundExpression;
import org.springframework.expression.spel.ast.IntLiteral;
import org.springframework.expression.spel.ast.Literal;
import org.springframework.expression.spel.ast.LongLiteral;
import org.springframework.expression.spel.ast.MethodReference;
import org.springframework.expression.spel.ast.NullLiteral;
import org.springframework.expression.spel.ast.OpAnd;
import org.springframework.expression.spel.ast.OpEQ;
import org.springframework.expression.spel.ast.OpGE;
import org.springframework.expression.spel.ast.OpGT;
import org.springframework.expression.spel.ast.OpLE;
import org.springframework.expression.spel.ast.OpLT;
import org.springframework.expression.spel.ast.OpMinus;
import org.springframework.expression.spel.ast.OpMultiply;
import org.springframework.expression.spel.ast.OpNE;
import org.springframework.expression.spel.ast.OpOr;
import org.springframework.expression.spel.ast.OpPlus;
import org.springframework.expression.spel.ast.OperatorNot;
import org.springframework.expression.spel.ast.PropertyOrFieldReference;
import org.springframework.expression.spel.ast.RealLiteral;
import org.springframework.expression.spel.standard.SpelExpression;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.IntPredicate;
import java.util.function.UnaryOperator;

/**
 * A rule's expression as plain Java over the year's values, built once from SpEL's parse of it. SpEL cannot compile
 * these expressions to bytecode (its compiler takes primitive numbers, the values are {@link BigDecimal}), and
 * interpreting them was most of the validation's time.
 * <p>
 * Contract: for the part of SpEL form definitions use (indicator codes, {@code prev.CODE} and {@code prev?.CODE},
 * number, {@code null} and boolean literals, {@code + - *}, the six comparisons, {@code and or not}, {@code abs()})
 * and for the values the form's types give (numbers as {@code BigDecimal}, yes/no as {@code Boolean}), it gives what
 * SpEL gives: the same conversions (a literal becomes {@code new BigDecimal(literal.toString())}), comparisons by
 * {@code compareTo}, the same short-circuits. For anything else it gives {@link RuleFunction#UNDECIDED}, and the
 * caller asks SpEL: SpEL stays what a rule means.
 */
final class RuleFunctions {

	private static final Object UNDECIDED = RuleFunction.UNDECIDED;

	private RuleFunctions() {
	}

	/** The expression as a function; null for none, or one that uses anything beyond the part described above. */
	static RuleFunction of(Expression expression) {
		return expression instanceof SpelExpression spel ? of(spel.getAST()) : null;
	}

	private static RuleFunction of(SpelNode node) {
		if (node instanceof Literal literal && (literal instanceof IntLiteral || literal instanceof LongLiteral
				|| literal instanceof RealLiteral || literal instanceof NullLiteral || literal instanceof BooleanLiteral)) {
			Object value = literal.getLiteralValue().getValue();
			return root -> value;
		}
		if (node instanceof PropertyOrFieldReference ref) {
			return name(ref.getName());
		}
		if (node instanceof CompoundExpression) {
			return compound(node);
		}
		if (node instanceof OperatorNot && node.getChildCount() == 1) {
			RuleFunction operand = of(node.getChild(0));
			return operand == null ? null : root -> operand.apply(root) instanceof Boolean b ? !b : UNDECIDED;
		}
		if (node.getChildCount() != 2) {
			return null;
		}
		RuleFunction left = of(node.getChild(0));
		RuleFunction right = of(node.getChild(1));
		if (left == null || right == null) {
			return null;
		}
		if (node instanceof OpAnd || node instanceof OpOr) {
			return logical(left, right, node instanceof OpOr);
		}
		if (node instanceof OpEQ || node instanceof OpNE) {
			return equality(left, right, node instanceof OpEQ);
		}
		IntPredicate order = node instanceof OpLT ? c -> c < 0 : node instanceof OpLE ? c -> c <= 0
				: node instanceof OpGT ? c -> c > 0 : node instanceof OpGE ? c -> c >= 0 : null;
		if (order != null) {
			return comparison(left, right, order);
		}
		BinaryOperator<BigDecimal> op = node instanceof OpPlus ? BigDecimal::add
				: node instanceof OpMinus ? BigDecimal::subtract : node instanceof OpMultiply ? BigDecimal::multiply : null;
		return op == null ? null : arithmetic(left, right, op);
	}

	/**
	 * {@code a.b.abs()}: each step reads a name of the map before it or takes a BigDecimal's absolute value. A null
	 * passed by a null-safe last step ({@code prev?.TC06}, no previous year) is the value; any other null is left to
	 * SpEL, whose versions differ in how far a null-safe step carries.
	 */
	private static RuleFunction compound(SpelNode node) {
		RuleFunction first = of(node.getChild(0));
		if (first == null) {
			return null;
		}
		int last = node.getChildCount() - 1;
		@SuppressWarnings("unchecked")
		UnaryOperator<Object>[] steps = new UnaryOperator[last + 1];
		boolean[] nullSafe = new boolean[last + 1];
		for (int i = 1; i <= last; i++) {
			SpelNode step = node.getChild(i);
			if (step instanceof PropertyOrFieldReference ref) {
				String name = ref.getName();
				steps[i] = value -> value instanceof Map<?, ?> map && map.containsKey(name) ? map.get(name)
						: UNDECIDED;
				nullSafe[i] = ref.isNullSafe();
			}
			else if (step instanceof MethodReference method && method.getName().equals("abs")
					&& method.getChildCount() == 0) {
				steps[i] = value -> value instanceof BigDecimal d ? d.abs() : UNDECIDED;
				nullSafe[i] = method.isNullSafe();
			}
			else {
				return null;
			}
		}
		return root -> {
			Object value = first.apply(root);
			for (int i = 1; i <= last && value != UNDECIDED; i++) {
				if (value == null) {
					return nullSafe[i] && i == last ? null : UNDECIDED;
				}
				value = steps[i].apply(value);
			}
			return value;
		};
	}

	/** A name of the root map; a name it does not hold is left to SpEL (which fails it: the rule cannot be judged). */
	private static RuleFunction name(String name) {
		return root -> root.containsKey(name) ? root.get(name) : UNDECIDED;
	}

	/** {@code and} stops at the first false, {@code or} at the first true; both take booleans only. */
	private static RuleFunction logical(RuleFunction left, RuleFunction right, boolean stopsAt) {
		return root -> {
			Object l = left.apply(root);
			if (!(l instanceof Boolean lb)) {
				return UNDECIDED;
			}
			if (lb == stopsAt) {
				return stopsAt;
			}
			Object r = right.apply(root);
			return r instanceof Boolean ? r : UNDECIDED;
		};
	}

	/** SpEL's equality: numbers (one of them a BigDecimal) by compareTo, booleans by value, null only equals null. */
	private static RuleFunction equality(RuleFunction left, RuleFunction right, boolean equal) {
		return root -> {
			Object l = left.apply(root);
			Object r = right.apply(root);
			if (l == UNDECIDED || r == UNDECIDED) {
				return UNDECIDED;
			}
			if (l == null || r == null) {
				return (l == r) == equal;
			}
			if (l instanceof Boolean && r instanceof Boolean) {
				return l.equals(r) == equal;
			}
			BigDecimal[] both = decimals(l, r);
			return both == null ? UNDECIDED : (both[0].compareTo(both[1]) == 0) == equal;
		};
	}

	private static RuleFunction comparison(RuleFunction left, RuleFunction right, IntPredicate holds) {
		return root -> {
			BigDecimal[] both = decimals(left.apply(root), right.apply(root));
			return both == null ? UNDECIDED : holds.test(both[0].compareTo(both[1]));
		};
	}

	private static RuleFunction arithmetic(RuleFunction left, RuleFunction right, BinaryOperator<BigDecimal> op) {
		return root -> {
			BigDecimal[] both = decimals(left.apply(root), right.apply(root));
			return both == null ? UNDECIDED : op.apply(both[0], both[1]);
		};
	}

	/**
	 * Both operands as SpEL turns them into BigDecimals when one of them is one ({@code NumberUtils}: an Integer, Long
	 * or Double by its text); null when they are not numbers of those kinds, or neither is a BigDecimal.
	 */
	private static BigDecimal[] decimals(Object l, Object r) {
		if (!(l instanceof BigDecimal) && !(r instanceof BigDecimal)) {
			return null;
		}
		BigDecimal a = decimal(l);
		BigDecimal b = decimal(r);
		return a == null || b == null ? null : new BigDecimal[] { a, b };
	}

	private static BigDecimal decimal(Object value) {
		if (value instanceof BigDecimal d) {
			return d;
		}
		return value instanceof Integer || value instanceof Long || value instanceof Double
				? new BigDecimal(value.toString()) : null;
	}
}
