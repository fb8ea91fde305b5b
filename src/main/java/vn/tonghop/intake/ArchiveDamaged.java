package vn.tonghop.intake;

import java.io.IOException;

/**
 * An archived content that is not what was received: its bytes do not hash to the SHA-256 recorded when it came,
 * its pack ends before it, or its file or pack is gone. Nothing is served from it; the archive is restored from a
 * backup.
 */
public class ArchiveDamaged extends IOException {

	private final boolean missing;

	ArchiveDamaged(String archivePath, String reason, boolean missing) {
		super("The archived content " + archivePath + " is damaged: " + reason);
		this.missing = missing;
	}

	/** Whether its file or pack is gone, rather than changed. */
	public boolean isMissing() {
		return missing;
	}
}
