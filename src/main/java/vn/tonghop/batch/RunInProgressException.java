package vn.tonghop.batch;

/** A consolidation is already running in this installation; runs never overlap. */
public class RunInProgressException extends RuntimeException {

	public RunInProgressException() {
		super("A consolidation run is in progress");
	}
}
