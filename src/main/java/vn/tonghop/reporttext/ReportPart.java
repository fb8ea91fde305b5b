package vn.tonghop.reporttext;

/**
 * A part of a unit's report that staff can set: the text of a section (replacing the draft written from the figures)
 * or a setting of the header and signature (replacing the default).
 */
public enum ReportPart {

	/** I.1, the results in every field. */
	RESULTS(true),
	/** I.2, the degree and prospect of meeting each target. */
	TARGETS(true),
	/** II, shortcomings and their causes. */
	SHORTCOMINGS(true),
	/** III, the outlook for the remaining half-term (written by staff only). */
	OUTLOOK(true),
	/** IV, recommendations (written by staff only). */
	PROPOSALS(true),
	DOCUMENT_NUMBER(false), DOCUMENT_SYMBOL(false), DATE(false), PLACE(false), CONGRESS(false), TERM(false),
	SIGN_ON_BEHALF(false), SIGNER_TITLE(false), SIGNER_NAME(false), RECIPIENTS(false);

	private final boolean section;

	ReportPart(boolean section) {
		this.section = section;
	}

	public boolean isSection() {
		return section;
	}

	/** The column of the settings file for this part: {@code document_number}, {@code signer_name}… */
	public String column() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
