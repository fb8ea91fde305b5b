package vn.tonghop.batch;

/** A run refused before it started: the disk cannot hold what it is expected to write. */
public class DiskTooFullException extends RuntimeException {

	private final long needed;

	private final long free;

	DiskTooFullException(long needed, long free) {
		super("Not enough free disk space for a run: " + needed + " bytes needed, " + free + " free");
		this.needed = needed;
		this.free = free;
	}

	public long needed() {
		return needed;
	}

	public long free() {
		return free;
	}
}
