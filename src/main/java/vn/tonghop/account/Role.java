package vn.tonghop.account;

/** What a user may do. Both act only within their scope; the administrator's scope is the whole tree. */
public enum Role {
	/** Manages users and the registry, runs consolidations; sees the whole tree. */
	ADMIN,
	/** Consolidation staff of one unit (a district, the province): its subtree only. */
	STAFF
}
