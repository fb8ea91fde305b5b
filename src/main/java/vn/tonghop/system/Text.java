package vn.tonghop.system;

import java.text.Normalizer;
import java.util.Locale;

/** Text as people type it: compared without case, diacritics or extra spaces. */
public final class Text {

	private Text() {
	}

	/** "Mã đơn vị:" → "ma don vi"; "Dương Minh Châu" and "duong minh chau" fold alike. */
	public static String fold(String text) {
		String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('đ', 'd')
			.replace('Đ', 'D');
		return decomposed.toLowerCase(Locale.ROOT).replaceAll("[:：]", " ").replaceAll("\\s+", " ").strip();
	}
}
