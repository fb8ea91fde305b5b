package vn.tonghop.workflow;

import vn.tonghop.system.Refusal;

/** A confirmation, lock or reopening refused, with the message key that says why (and its arguments). */
public class LockRejected extends Refusal {

	LockRejected(String key, Object... args) {
		super(key, args);
	}
}
