package vn.tonghop.intake;

import java.util.Arrays;

/**
 * The contents received before a step began, as the first 64 bits of their SHA-256, sorted: a filter that answers
 * "surely new" for most files of a night without a query each, and costs 8 bytes a received file. A "maybe" is
 * settled by {@link ReceivedContents#isKnown}; what the run itself receives meanwhile is caught where its outcomes
 * are stored ({@link IntakeRepository#saveAll}), so the filter only spares work and never decides alone.
 */
public final class KnownContents {

	private final long[] prefixes;

	/** @param prefixes taken over and sorted in place */
	KnownContents(long[] prefixes) {
		this.prefixes = prefixes;
		Arrays.sort(prefixes);
	}

	/** False only for a content no received file had when the filter was made. */
	public boolean mayContain(String sha256) {
		return Arrays.binarySearch(prefixes, prefix(sha256)) >= 0;
	}

	static long prefix(String sha256) {
		return Long.parseUnsignedLong(sha256, 0, 16, 16);
	}
}
