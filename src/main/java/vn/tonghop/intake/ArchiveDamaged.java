package vn.tonghop.intake;

import java.io.IOException;

/**
 * An archived content that is not what was received: its bytes do not hash to the SHA-256 recorded when it came,
 * or its pack ends before it. Nothing is served from it; the archive is restored from a backup.
 */
public class ArchiveDamaged extends IOException {

	ArchiveDamaged(String archivePath, String reason) {
		super("The archived content " + archivePath + " is damaged: " + reason);
	}
}
