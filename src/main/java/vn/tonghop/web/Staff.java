package vn.tonghop.web;

import vn.tonghop.account.Account;
import vn.tonghop.orgunit.Scope;
import vn.tonghop.rounds.Round;

/**
 * The signed-in person of a request, the round they work on (chosen in the page header) and the part of that round's
 * tree they may see and send for; a controller parameter.
 */
record Staff(Account account, Round round, Scope scope) {

	/** Runs are started for the whole province: by administrators and by staff of the root unit. */
	public boolean mayStartRuns() {
		return account.isAdmin() || scope.isWholeTree();
	}

	/** The name of the person's unit; null for an administrator of a registry still empty. */
	public String unitName() {
		return scope.unitCode() == null ? null
				: scope.tree().unit(scope.unitCode()).map(vn.tonghop.orgunit.OrgUnit::name).orElse(scope.unitCode());
	}

	/** The forms a file sent now is read as: this person's round's first, then the other open rounds'. */
	public java.util.List<vn.tonghop.form.Form> formsCollected(java.util.List<Round> open) {
		java.util.List<vn.tonghop.form.Form> forms = new java.util.ArrayList<>();
		forms.add(round.form());
		open.stream()
			.filter(r -> !r.code().equals(round.code()))
			.forEach(r -> forms.add(r.form()));
		return forms;
	}

	/** The unit whose inbox receives this person's uploads. */
	public String inboxUnit() {
		return scope.unitCode();
	}
}
