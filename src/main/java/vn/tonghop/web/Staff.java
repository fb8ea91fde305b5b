package vn.tonghop.web;

import vn.tonghop.account.Account;
import vn.tonghop.orgunit.Scope;

/** The signed-in person of a request and the part of the tree they work on; a controller parameter. */
record Staff(Account account, Scope scope) {

	/** Runs are started for the whole province: by administrators and by staff of the root unit. */
	public boolean mayStartRuns() {
		return account.isAdmin() || scope.isWholeTree();
	}

	/** The name of the person's unit; null for an administrator of a registry still empty. */
	public String unitName() {
		return scope.unitCode() == null ? null
				: scope.tree().unit(scope.unitCode()).map(vn.tonghop.orgunit.OrgUnit::name).orElse(scope.unitCode());
	}

	/** The unit whose inbox receives this person's uploads. */
	public String inboxUnit() {
		return scope.unitCode();
	}
}
