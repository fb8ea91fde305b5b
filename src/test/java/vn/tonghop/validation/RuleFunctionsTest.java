package vn.tonghop.validation;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.MapAccessor;
import org.springframework.expression.spel.support.SimpleEvaluationContext;

import vn.tonghop.form.CompiledRule;
import vn.tonghop.form.Form;
import vn.tonghop.form.FormLoader;
import vn.tonghop.form.Indicator;
import vn.tonghop.form.RuleFunction;
import vn.tonghop.form.TestForms;
import vn.tonghop.form.ValueType;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules run as plain Java ({@link CompiledRule#checkAsJava}) say what SpEL says; the shipped forms' rules all run
 * so.
 */
class RuleFunctionsTest {

	private static final List<Form> FORMS = List.of(TestForms.bieu01(),
			new FormLoader().load(new ClassPathResource("sampledata/forms/bieu02-nam-2021.yaml")));

	private static final EvaluationContext SPEL = SimpleEvaluationContext.forPropertyAccessors(new MapAccessor())
		.withInstanceMethods()
		.withAssignmentDisabled()
		.build();

	private static final String[] NUMBERS = { "0", "1", "2", "3", "10", "19", "20", "21", "26", "27", "100", "0.5",
			"0.4999", "0.5001", "12.345", "11.4", "11.6", "1000000.125", "-1" };

	private final RuleEvaluator evaluator = new RuleEvaluator();

	/** What the evaluator answered before the Java functions: SpEL alone, the same context. */
	private static Optional<Boolean> bySpel(CompiledRule rule, Map<String, Object> root) {
		if (!root.keySet().containsAll(rule.codes())) {
			return Optional.empty();
		}
		try {
			if (rule.when() != null && !Boolean.TRUE.equals(rule.when().getValue(SPEL, root, Boolean.class))) {
				return Optional.empty();
			}
			return Optional.of(Boolean.TRUE.equals(rule.check().getValue(SPEL, root, Boolean.class)));
		}
		catch (EvaluationException ex) {
			return Optional.empty();
		}
	}

	private static Map<String, Object> values(Form form, Random random, int missingOneIn) {
		Map<String, Object> year = new HashMap<>();
		for (Indicator indicator : form.indicators()) {
			if (missingOneIn > 0 && random.nextInt(missingOneIn) == 0) {
				continue;
			}
			year.put(indicator.code(), indicator.type() == ValueType.BOOL ? (Object) random.nextBoolean()
					: indicator.type().isNumeric() ? new BigDecimal(NUMBERS[random.nextInt(NUMBERS.length)]) : "HT");
		}
		return year;
	}

	@Test
	void everyRuleOfTheShippedFormsRunsAsJava() {
		for (Form form : FORMS) {
			assertThat(form.rules()).isNotEmpty().allSatisfy(rule -> {
				assertThat(rule.checkAsJava()).as(rule.rule().check()).isNotNull();
				assertThat(rule.when() == null || rule.whenAsJava() != null).as(rule.rule().when()).isTrue();
			});
		}
	}

	/**
	 * 20.000 years of random values a form's types give (some names missing, the previous year absent, empty or
	 * partial): every rule's answer is SpEL's. With every value present the Java function itself answers, so the test
	 * does not pass by leaving everything to SpEL.
	 */
	@Test
	void theJavaAnswerIsSpelsAnswer() {
		Random random = new Random(20261129);
		int answeredInJava = 0;
		int evaluations = 0;
		for (int n = 0; n < 20_000; n++) {
			Form form = FORMS.get(n % FORMS.size());
			boolean complete = n % 4 == 0;
			Map<String, Object> previous = complete ? values(form, random, 0)
					: Stream.of(null, Map.<String, Object>of(), values(form, random, 3)).toList().get(random.nextInt(3));
			Map<String, Object> root = RuleEvaluator.scope(values(form, random, complete ? 0 : 8), previous);
			for (CompiledRule rule : form.rules()) {
				evaluations++;
				assertThat(evaluator.holds(rule, root)).as("%s over %s", rule.rule().id(), root)
					.isEqualTo(bySpel(rule, root));
				if (complete) {
					assertThat(rule.checkAsJava().apply(root)).as(rule.rule().id()).isInstanceOf(Boolean.class);
					answeredInJava++;
				}
			}
		}
		assertThat(answeredInJava).isGreaterThan(evaluations / 5);
	}

	private Optional<Boolean> holds(String id, Map<String, Object> year, Map<String, Object> previous) {
		CompiledRule rule = TestForms.bieu01().rules().stream().filter(r -> r.rule().id().equals(id)).findFirst()
			.orElseThrow();
		return evaluator.holds(rule, RuleEvaluator.scope(year, previous));
	}

	private static Map<String, Object> numbers(Object... pairs) {
		Map<String, Object> values = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			values.put((String) pairs[i], pairs[i + 1] instanceof String s ? new BigDecimal(s) : pairs[i + 1]);
		}
		return values;
	}

	/** Worked by hand: TCH07 = 10 + 5 + 1 + 2 − 3 − 4 = 11 within 0,5; TC06 within 30 % of last year's 20 (≥ 20). */
	@Test
	void rulesWorkedByHand() {
		Map<String, Object> funds = numbers("TCH00", "10", "TCH01", "5", "TCH03", "1", "TCH04", "2", "TCH05", "3",
				"TCH06", "4");
		funds.put("TCH07", new BigDecimal("11.5"));
		assertThat(holds("E7-TCH07", funds, null)).contains(true);
		funds.put("TCH07", new BigDecimal("11.51"));
		assertThat(holds("E7-TCH07", funds, null)).contains(false);
		funds.put("TCH07", new BigDecimal("10.5"));
		assertThat(holds("E7-TCH07", funds, null)).contains(true);

		assertThat(holds("W3-TC06", numbers("TC06", "26"), numbers("TC06", "20"))).contains(true);
		assertThat(holds("W3-TC06", numbers("TC06", "14"), numbers("TC06", "20"))).contains(true);
		assertThat(holds("W3-TC06", numbers("TC06", "27"), numbers("TC06", "20"))).contains(false);
		assertThat(holds("W3-TC06", numbers("TC06", "27"), numbers("TC06", "19"))).isEmpty();
		assertThat(holds("W3-TC06", numbers("TC06", "27"), null)).isEmpty();
		assertThat(holds("W3-TC06", numbers("TC06", "27"), Map.of())).isEmpty();

		assertThat(holds("E6-DD13", numbers("DD12", "0", "DD13", "0"), null)).contains(true);
		assertThat(holds("E6-DD13", numbers("DD12", "2", "DD13", "0"), null)).contains(false);
		assertThat(holds("E6-DD07", numbers("DD07", "3", "DD02", false), null)).contains(false);
		assertThat(holds("E6-DD07", numbers("DD07", "3", "DD02", true), null)).contains(true);
		assertThat(holds("E5-LD01N", numbers("LD01N", "5.0", "LD01", "5"), null)).contains(true);
	}

	/**
	 * The constructs no shipped rule uses (not, the other comparisons, booleans and null compared, long and boolean
	 * literals, a null-safe step that is not the last) over random years: SpEL's answer every time, and the Java
	 * function's own whenever the year holds every name.
	 */
	@Test
	void everyConstructGivesSpelsAnswer() {
		SpelExpressionParser parser = new SpelExpressionParser();
		List<String> checks = List.of("!(A > B)", "not (A >= 10L) or C", "A < B and B <= 20", "C == D", "C != true",
				"A == null", "null != B", "prev?.A.abs() >= 0", "prev?.A != null and prev.A.abs() > A * 2 - B",
				"(A - B).abs() == B - A or false");
		Random random = new Random(11);
		int answeredInJava = 0;
		for (int n = 0; n < 5_000; n++) {
			Map<String, Object> year = new HashMap<>();
			boolean complete = n % 2 == 0;
			for (String name : List.of("A", "B")) {
				if (complete || random.nextInt(4) > 0) {
					year.put(name, new BigDecimal(NUMBERS[random.nextInt(NUMBERS.length)]));
				}
			}
			for (String name : List.of("C", "D")) {
				if (complete || random.nextInt(4) > 0) {
					year.put(name, random.nextBoolean());
				}
			}
			Map<String, Object> root = RuleEvaluator.scope(year,
					complete ? Map.of("A", new BigDecimal(NUMBERS[random.nextInt(NUMBERS.length)]))
							: random.nextBoolean() ? null : Map.of());
			for (String check : checks) {
				CompiledRule rule = new CompiledRule(null, null, parser.parseExpression(check), List.of(), "A");
				assertThat(rule.checkAsJava()).as(check).isNotNull();
				assertThat(evaluator.holds(rule, root)).as("%s over %s", check, root).isEqualTo(bySpel(rule, root));
				if (complete) {
					assertThat(rule.checkAsJava().apply(root)).as(check).isInstanceOf(Boolean.class);
					answeredInJava++;
				}
			}
		}
		assertThat(answeredInJava).isEqualTo(2_500 * checks.size());
	}

	/** What the Java functions do not take is left to SpEL, which still answers. */
	@Test
	void whatJavaDoesNotTakeSpelAnswers() {
		SpelExpressionParser parser = new SpelExpressionParser();
		Expression ternary = parser.parseExpression("LD01 > 5 ? true : false");
		Expression text = parser.parseExpression("XL == YL");
		CompiledRule rule = new CompiledRule(null, null, text, List.of("XL", "YL"), "XL");
		CompiledRule choice = new CompiledRule(null, null, ternary, List.of("LD01"), "LD01");
		assertThat(choice.checkAsJava()).isNull();
		assertThat(rule.checkAsJava().apply(Map.of("XL", "HT", "YL", "HT"))).isSameAs(RuleFunction.UNDECIDED);
		assertThat(evaluator.holds(rule, Map.of("XL", "HT", "YL", "HT"))).contains(true);
		assertThat(evaluator.holds(rule, Map.of("XL", "HT", "YL", "HTT"))).contains(false);
		assertThat(evaluator.holds(choice, Map.of("LD01", new BigDecimal("6")))).contains(true);
	}
}
