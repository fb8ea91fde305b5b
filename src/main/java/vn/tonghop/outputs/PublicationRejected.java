package vn.tonghop.outputs;

import vn.tonghop.system.Refusal;

/** A publication refused, with the message key that says why and what to do (and its arguments). */
public class PublicationRejected extends Refusal {

	PublicationRejected(String key, Object... args) {
		super(key, args);
	}
}
