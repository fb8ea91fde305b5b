package vn.tonghop.system;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.Optional;

/**
 * Says in the user's language what a failed read or write of the file system means: a full disk, a folder that
 * cannot be written, a path that is not a folder. Found anywhere in the cause chain of a failure.
 */
public final class IoFailures {

	private IoFailures() {
	}

	public static Optional<String> explain(Throwable failure, Messages messages) {
		return find(failure, 0).map(io -> describe(io, messages));
	}

	/** Causes and suppressed exceptions too: POI, for one, reports a full disk as a suppressed exception. */
	private static Optional<IOException> find(Throwable t, int depth) {
		if (t == null || depth > 10) {
			return Optional.empty();
		}
		if (t instanceof IOException io) {
			return Optional.of(io);
		}
		for (Throwable suppressed : t.getSuppressed()) {
			Optional<IOException> found = find(suppressed, depth + 1);
			if (found.isPresent()) {
				return found;
			}
		}
		return find(t.getCause(), depth + 1);
	}

	private static String describe(IOException io, Messages messages) {
		String file = io instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : "";
		String text = String.valueOf(io.getMessage()).toLowerCase(Locale.ROOT);
		if (text.contains("no space left") || text.contains("disk quota") || text.contains("not enough space")) {
			return file.isEmpty() ? messages.get("io.diskFullSomewhere") : messages.get("io.diskFull", file);
		}
		if (io instanceof AccessDeniedException) {
			return messages.get("io.accessDenied", file);
		}
		if (io instanceof FileAlreadyExistsException || io instanceof NotDirectoryException) {
			return messages.get("io.notAFolder", file);
		}
		if (io instanceof NoSuchFileException) {
			return messages.get("io.missing", file);
		}
		return messages.get("io.other", file, String.valueOf(io.getMessage()));
	}
}
