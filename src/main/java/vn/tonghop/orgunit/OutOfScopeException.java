package vn.tonghop.orgunit;

/** Asked for a unit outside the asker's subtree; shown as "not found", so that it does not reveal what exists. */
public class OutOfScopeException extends RuntimeException {

	public OutOfScopeException(String unitCode) {
		super("Unit outside the user's scope: " + unitCode);
	}
}
