package vn.tonghop.intake;

import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A file of the inbox as it stood when the run began.
 *
 * @param path relative to the inbox, with "/" separators (staff sort files into sub-folders)
 * @param modified the file's time as {@link #timeOf} gives it
 * @param deferral why the listing already knows the file cannot be taken (a path too long, a folder or file it could
 * not read); null for a file to take
 */
public record InboxFile(int position, String path, long size, Instant modified, Deferral deferral) {

	public InboxFile(int position, String path, long size, Instant modified) {
		this(position, path, size, modified, null);
	}

	/**
	 * A file's time as a run keeps it: cut to the microsecond, which both databases store as given. A finer time is
	 * rounded by PostgreSQL and cut by HSQLDB, so a file listed at it and looked at again would seem changed since its
	 * listing, and be left for the next run, run after run.
	 */
	public static Instant timeOf(FileTime time) {
		return time.toInstant().truncatedTo(ChronoUnit.MICROS);
	}
}
