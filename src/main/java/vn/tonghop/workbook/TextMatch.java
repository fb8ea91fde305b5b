package vn.tonghop.workbook;

import java.text.Normalizer;
import java.util.Locale;

/** Loose text comparison for labels and answers typed by people: case, spaces and diacritics do not matter. */
final class TextMatch {

	private TextMatch() {
	}

	static String nfc(String text) {
		return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
	}

	/** "Mã đơn vị:" → "ma don vi". */
	static String fold(String text) {
		return vn.tonghop.system.Text.fold(text);
	}

	/** Upper-case code without spaces: " ld01 n" → "LD01N". */
	static String code(String text) {
		return nfc(text).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
	}
}
