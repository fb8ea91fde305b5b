package vn.tonghop.account;

/**
 * A person who signs in.
 *
 * @param unitCode the unit whose subtree the person works on
 * @param mustChangePassword true until the person has replaced the password somebody else set
 */
public record Account(String username, String displayName, Role role, String unitCode, boolean mustChangePassword) {

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}
}
