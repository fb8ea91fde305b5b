package vn.tonghop.intake;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import vn.tonghop.form.Form;
import vn.tonghop.form.Indicator;

import java.math.BigDecimal;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The storage form of a submission's typed values by indicator code and year (one JSON document per
 * submission: storing a row per cell is what would limit ingest).
 */
public final class Figures {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Figures() {
	}

	public static String encode(Map<String, Map<Integer, Object>> figures) {
		return encode(figures, code -> true);
	}

	/**
	 * The stored form of the figures of the indicators {@code only} names, codes and years in order: what
	 * {@link #decode} reads back alike. Written with the streaming generator, on the run's one storing thread.
	 */
	public static String encode(Map<String, Map<Integer, Object>> figures, Predicate<String> only) {
		java.io.StringWriter out = new java.io.StringWriter(figures.size() * 48);
		try (JsonGenerator json = JSON.createGenerator(out)) {
			json.writeStartObject();
			for (Map.Entry<String, Map<Integer, Object>> indicator : inOrder(figures).entrySet()) {
				if (indicator.getValue().isEmpty() || !only.test(indicator.getKey())) {
					continue;
				}
				json.writeName(indicator.getKey());
				json.writeStartObject();
				for (Map.Entry<Integer, Object> year : inOrder(indicator.getValue()).entrySet()) {
					json.writeName(year.getKey().toString());
					json.writeString(year.getValue() instanceof BigDecimal n ? n.toPlainString()
							: String.valueOf(year.getValue()));
				}
				json.writeEndObject();
			}
			json.writeEndObject();
		}
		return out.toString();
	}

	/** The map in its keys' natural order: itself when it keeps that order already (as a submission's figures do). */
	private static <K extends Comparable<K>, V> SortedMap<K, V> inOrder(Map<K, V> map) {
		return map instanceof SortedMap<K, V> sorted && sorted.comparator() == null ? sorted : new TreeMap<>(map);
	}

	/**
	 * Only the values of the indicators named, read from the stored document without building the others: a run's
	 * W7 check needs a few indicators of every current submission.
	 */
	public static Map<String, Map<Integer, Object>> decode(String json, Form form, java.util.Set<String> only) {
		return decode(json, form, (Predicate<String>) only::contains);
	}

	/** Every value of an indicator the form has; a code it no longer has is left out. */
	public static Map<String, Map<Integer, Object>> decode(String json, Form form) {
		return decode(json, form, code -> true);
	}

	private static Map<String, Map<Integer, Object>> decode(String json, Form form, Predicate<String> only) {
		Map<String, Map<Integer, Object>> figures = new TreeMap<>();
		try (tools.jackson.core.JsonParser parser = JSON.createParser(json)) {
			parser.nextToken();
			for (String code; (code = parser.nextName()) != null;) {
				parser.nextToken();
				Indicator indicator = only.test(code) ? form.indicator(code).orElse(null) : null;
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

	private static Object typed(Indicator indicator, String text) {
		return switch (indicator.type()) {
			case INT, MONEY -> new BigDecimal(text);
			case BOOL -> Boolean.valueOf(text);
			case CHOICE -> text;
		};
	}
}
