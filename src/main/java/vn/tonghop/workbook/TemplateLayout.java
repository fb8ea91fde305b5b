package vn.tonghop.workbook;

/** What the template writer stamps and the reader looks for; shared so the two cannot drift apart. */
final class TemplateLayout {

	/** Very hidden sheet holding the stamp: form id, version, unit code (A = key, B = value). */
	static final String META_SHEET = "_tonghop";

	static final String KEY_FORM_ID = "form.id";

	static final String KEY_FORM_VERSION = "form.version";

	static final String KEY_UNIT_CODE = "unit.code";

	/** Hidden sheet holding the drop-down lists, one named range per list. */
	static final String LISTS_SHEET = "DanhMuc";

	static final String BOOL_RANGE = "DM_COKHONG";

	static final String YES = "Có";

	static final String NO = "Không";

	private TemplateLayout() {
	}

	static String listRange(String listName) {
		return "DM_" + listName;
	}
}
