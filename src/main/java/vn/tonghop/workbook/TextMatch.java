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

	/**
	 * Upper-case code without spaces: " ld01 n" → "LD01N". Called for every cell of every form while the table is
	 * looked for, so it avoids a regular expression and, for plain ASCII, the normalisation.
	 */
	static String code(String text) {
		if (text == null) {
			return "";
		}
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
