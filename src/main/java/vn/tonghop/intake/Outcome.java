package vn.tonghop.intake;

/** What became of one inbox file in a run. */
public enum Outcome {
	/** Read, valid, and now the unit's current submission. */
	ACCEPTED,
	/** Read or tried, with at least one hard error; kept and explained, never counted. */
	REJECTED,
	/** Not an Excel file (by its name); kept and recorded. */
	NOT_FORM,
	/** The same content was processed in an earlier run (or earlier in this one): nothing to do. */
	UNCHANGED,
	/** Gone from the inbox, or still changing (being copied), when its turn came: taken in a later run. */
	DEFERRED,
	/**
	 * The form of another open round (or, in any round but the first open one, no form at all): left to the run of
	 * that round, which records it; nothing of it is stored by this run.
	 */
	OTHER_ROUND;

	/** True when the file's content is recorded as received in this run. */
	public boolean isNew() {
		return this == ACCEPTED || this == REJECTED || this == NOT_FORM;
	}
}
