package vn.tonghop.intake;

import java.time.Instant;

/**
 * A file of the inbox as it stood when the run began.
 *
 * @param path relative to the inbox, with "/" separators (staff sort files into sub-folders)
 */
public record InboxFile(int position, String path, long size, Instant modified) {
}
