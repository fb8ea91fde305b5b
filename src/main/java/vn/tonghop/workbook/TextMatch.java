package vn.tonghop.workbook;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** Loose text comparison for labels and answers typed by people: case, spaces and diacritics do not matter. */
final class TextMatch {

	/**
	 * Codes and folded forms of texts seen before: a template's labels come back in every copy of it, and the table
	 * and the unit code are looked for among them in every file. Bounded, so what people type cannot fill the heap.
	 */
	private static final int CACHED = 4_096;

	private static final Map<String, String> CODES = new ConcurrentHashMap<>();

	private static final Map<String, String> FOLDED = new ConcurrentHashMap<>();

	private TextMatch() {
	}

	static String nfc(String text) {
		return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
	}

	/** "Mã đơn vị:" → "ma don vi". */
	static String fold(String text) {
		return text == null ? vn.tonghop.system.Text.fold(null) : cached(FOLDED, text, vn.tonghop.system.Text::fold);
	}

	/**
	 * Upper-case code without spaces: " ld01 n" → "LD01N". Called for every cell of every form while the table is
	 * looked for, so it avoids a regular expression and, for plain ASCII, the normalisation.
	 */
	static String code(String text) {
		return text == null ? "" : cached(CODES, text, TextMatch::codeOf);
	}

	/**
	 * False for a text too long to give a code of at most {@code maxLength} characters: without its white space and
	 * combining marks it has more than three times as many characters (composing joins at most three, Hangul jamo, into
	 * one). The labels and notes that are most of a form's text are passed over without being normalised or cached.
	 */
	static boolean mayBeCode(String text, int maxLength) {
		int limit = 3 * maxLength;
		if (text.length() <= limit) {
			return true;
		}
		int kept = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x80 ? isAsciiWhitespace(c) : Character.isWhitespace(c) || Character.isSpaceChar(c) || isMark(c)) {
				continue;
			}
			if (++kept > limit) {
				return false;
			}
		}
		return true;
	}

	/** {@link Character#isWhitespace} for ASCII, where it covers {@link Character#isSpaceChar}; no ASCII is a mark. */
	private static boolean isAsciiWhitespace(char c) {
		return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
	}

	private static boolean isMark(char c) {
		int type = Character.getType(c);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK;
	}

	private static String cached(Map<String, String> cache, String text, UnaryOperator<String> function) {
		String value = cache.get(text);
		if (value == null) {
			value = function.apply(text);
			if (cache.size() < CACHED) {
				cache.putIfAbsent(text, value);
			}
		}
		return value;
	}

	private static String codeOf(String text) {
		String normalized = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
		StringBuilder code = new StringBuilder(normalized.length());
		for (int i = 0; i < normalized.length(); i++) {
			char c = normalized.charAt(i);
			// Inner spaces as \s matches them; at the ends also any other white space, as String.strip does.
			if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
				code.append(c);
			}
		}
		return code.toString().strip().toUpperCase(Locale.ROOT);
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) > 0x7F) {
				return false;
			}
		}
		return true;
	}
}
