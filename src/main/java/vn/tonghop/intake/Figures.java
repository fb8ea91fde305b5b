package vn.tonghop.intake;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.tonghop.form.Form;
import vn.tonghop.form.Indicator;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * The storage form of a submission's typed values by indicator code and year (one JSON document per
 * submission: storing a row per cell is what would limit ingest).
 */
public final class Figures {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, Map<Integer, String>>> STORED = new TypeReference<>() {
	};

	private Figures() {
	}

	public static String encode(Map<String, Map<Integer, Object>> figures) {
		return encode(figures, code -> true);
	}

	/** The stored form of the figures of the indicators {@code only} names: what {@link #decode} reads back alike. */
	public static String encode(Map<String, Map<Integer, Object>> figures, java.util.function.Predicate<String> only) {
		Map<String, Map<Integer, String>> stored = new TreeMap<>();
		figures.forEach((code, byYear) -> byYear.forEach((year, value) -> {
			if (only.test(code)) {
				stored.computeIfAbsent(code, k -> new TreeMap<>())
					.put(year, value instanceof BigDecimal n ? n.toPlainString() : String.valueOf(value));
			}
		}));
		return JSON.writeValueAsString(stored);
	}

	/**
	 * Only the values of the indicators named, read from the stored document without building the others: a run's
	 * W7 check needs a few indicators of every current submission.
	 */
	public static Map<String, Map<Integer, Object>> decode(String json, Form form, java.util.Set<String> only) {
		Map<String, Map<Integer, Object>> figures = new TreeMap<>();
		try (tools.jackson.core.JsonParser parser = JSON.createParser(json)) {
			parser.nextToken();
			for (String code; (code = parser.nextName()) != null;) {
				parser.nextToken();
				Indicator indicator = only.contains(code) ? form.indicator(code).orElse(null) : null;
				if (indicator == null) {
					parser.skipChildren();
					continue;
				}
				for (String year; (year = parser.nextName()) != null;) {
					parser.nextToken();
					figures.computeIfAbsent(code, k -> new TreeMap<>())
						.put(Integer.valueOf(year), typed(indicator, parser.getString()));
				}
			}
		}
		return figures;
	}

	public static Map<String, Map<Integer, Object>> decode(String json, Form form) {
		Map<String, Map<Integer, Object>> figures = new TreeMap<>();
		JSON.readValue(json, STORED).forEach((code, byYear) -> {
			Indicator indicator = form.indicator(code).orElse(null);
			if (indicator == null) {
				return;
			}
			byYear.forEach((year, text) -> figures.computeIfAbsent(code, k -> new TreeMap<>())
				.put(year, typed(indicator, text)));
		});
		return figures;
	}

	private static Object typed(Indicator indicator, String text) {
		return switch (indicator.type()) {
			case INT, MONEY -> new BigDecimal(text);
			case BOOL -> Boolean.valueOf(text);
			case CHOICE -> text;
		};
	}
}
