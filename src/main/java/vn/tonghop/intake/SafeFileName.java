package vn.tonghop.intake;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a name sent by a browser into a name that is safe to store on any file system: no folders (so no
 * {@code ../} and no absolute path), no control or reserved characters, no Windows device names, bounded length.
 * The Vietnamese letters stay (NFC), so staff recognise their file.
 */
final class SafeFileName {

	private static final int MAX_CHARS = 120;

	private static final Set<String> WINDOWS_DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3",
			"COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7",
			"LPT8", "LPT9");

	private SafeFileName() {
	}

	static String of(String sent) {
		String name = sent == null ? "" : Normalizer.normalize(sent, Normalizer.Form.NFC);
		// Browsers on Windows may send the whole path: keep the last part only.
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder clean = new StringBuilder();
		name.codePoints().forEach(c -> {
			boolean control = Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
			clean.appendCodePoint(control || "<>:\"|?*".indexOf(c) >= 0 ? '_' : c);
		});
		name = clean.toString().strip();
		// Leading dots would hide the file (the scanner skips hidden files); trailing dots and spaces vanish on Windows.
		name = name.replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
		if (name.isEmpty()) {
			name = "tệp";
		}
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		String extension = dot > 0 ? name.substring(dot) : "";
		if (WINDOWS_DEVICES.contains(stem.toUpperCase(Locale.ROOT))) {
			stem = "_" + stem;
		}
		if (extension.length() > 10) {
			extension = "";
			stem = name;
		}
		if (stem.codePointCount(0, stem.length()) > MAX_CHARS) {
			stem = stem.substring(0, stem.offsetByCodePoints(0, MAX_CHARS));
		}
		return stem + extension;
	}

	/** "bieu.xlsx", 2 → "bieu (2).xlsx": the name of a second file sent under the same name. */
	static String numbered(String name, int number) {
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) + " (" + number + ")" + name.substring(dot)
				: name + " (" + number + ")";
	}
}
