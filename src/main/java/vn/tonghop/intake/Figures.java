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
		Map<String, Map<Integer, String>> stored = new TreeMap<>();
		figures.forEach((code, byYear) -> byYear.forEach((year, value) -> stored
			.computeIfAbsent(code, k -> new TreeMap<>())
			.put(year, value instanceof BigDecimal n ? n.toPlainString() : String.valueOf(value))));
		return JSON.writeValueAsString(stored);
	}

	public static Map<String, Map<Integer, Object>> decode(String json, Form form) {
		Map<String, Map<Integer, Object>> figures = new TreeMap<>();
		JSON.readValue(json, STORED).forEach((code, byYear) -> {
			Indicator indicator = form.indicator(code).orElse(null);
			if (indicator == null) {
				return;
			}
			byYear.forEach((year, text) -> figures.computeIfAbsent(code, k -> new TreeMap<>())
				.put(year, switch (indicator.type()) {
					case INT, MONEY -> new BigDecimal(text);
					case BOOL -> Boolean.valueOf(text);
					case CHOICE -> text;
				}));
		});
		return figures;
	}
}
