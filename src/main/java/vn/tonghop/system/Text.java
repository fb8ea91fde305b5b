package vn.tonghop.system;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text as people type it: compared without case, diacritics or extra spaces. */
public final class Text {

	private static final Pattern MARKS = Pattern.compile("\\p{M}");

	private static final Pattern COLONS = Pattern.compile("[:：]");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private Text() {
	}

	/** "Mã đơn vị:" → "ma don vi"; "Dương Minh Châu" and "duong minh chau" fold alike. */
	public static String fold(String text) {
		String decomposed = MARKS.matcher(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD))
			.replaceAll("")
			.replace('đ', 'd')
			.replace('Đ', 'D');
		String spaced = COLONS.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll(" ");
		return SPACES.matcher(spaced).replaceAll(" ").strip();
	}

	/**
	 * At most {@code max} characters of {@code text}: cut, it ends in "…" within them, never between the two halves
	 * of a character outside the Basic Multilingual Plane. Null stays null.
	 */
	public static String cut(String text, int max) {
		if (text == null || text.length() <= max) {
			return text;
		}
		int end = max - 1;
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end) + "…";
	}
}
