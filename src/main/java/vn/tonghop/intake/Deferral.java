package vn.tonghop.intake;

/**
 * Why a run left a file of the inbox for the next one ({@link Outcome#DEFERRED}), kept with the run's listing so that
 * staff see it beside the file, with what to do (messages {@code deferral.<name>}). The file stays where it lies.
 */
public enum Deferral {
	/** Still being written or changed after the run listed it (copied in while the run began). Nothing to do. */
	CHANGING,
	/** No longer in the inbox when its turn came (moved or deleted). */
	GONE,
	/** The file, or the folder it lies in, cannot be read by the account tonghop runs as (permissions, a failing disk). */
	UNREADABLE,
	/** Its path is longer than a run keeps ({@code InboxScanner.MAX_PATH_BYTES}); listed under a shortened name. */
	PATH_TOO_LONG,
	/** Its name (or a folder's on its path) is not UTF-8: the run cannot open it by the name it shows. */
	NAME_NOT_UTF8,
	/** A symbolic link, not a file: no run follows one below the inbox (see {@code InboxScanner}). */
	LINK,
	/**
	 * Taking it failed for a reason of the system's, not the file's (the archive's disk, the database); the log names
	 * the file and the cause. A fault of the file itself is its E1 finding, not this.
	 */
	FAILED
}
