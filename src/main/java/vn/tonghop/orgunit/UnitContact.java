package vn.tonghop.orgunit;

/** Whom to call about a unit's report (each part may be missing). */
public record UnitContact(String name, String phone, String email) {

	public boolean isEmpty() {
		return name == null && phone == null && email == null;
	}
}
