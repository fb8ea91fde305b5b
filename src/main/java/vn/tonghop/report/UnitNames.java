package vn.tonghop.report;

/**
 * The short forms of a unit's name that Vietnamese documents use, taken from the name itself. These are patterns of
 * Vietnamese administrative naming, not of any unit: the registry stays the only source of names.
 */
final class UnitNames {

	private UnitNames() {
	}

	/** "Liên đoàn Lao động huyện Dương Minh Châu" → "Dương Minh Châu", the place a document is dated at. */
	static String placeOf(String unitName) {
		java.util.regex.Matcher m = java.util.regex.Pattern
			.compile("(?:tỉnh|thành phố|thị xã|huyện|quận|xã|phường)\\s+(.+)$", java.util.regex.Pattern.CASE_INSENSITIVE)
			.matcher(unitName);
		return m.find() ? m.group(1) : unitName;
	}

	/** "Công đoàn cơ sở Trường Tiểu học A" → "Trường Tiểu học A": in a table of CĐCS the prefix says nothing. */
	static String shortName(String unitName) {
		return unitName.replaceFirst("^Công đoàn cơ sở\\s+", "");
	}

	/** "Liên đoàn Lao động huyện Dương Minh Châu" → "huyện Dương Minh Châu" (the union's own name). */
	static String unionName(String unitName) {
		return unitName.replaceFirst("^(Liên đoàn Lao động|Công đoàn)\\s+", "");
	}
}
