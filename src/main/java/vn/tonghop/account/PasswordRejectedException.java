package vn.tonghop.account;

/** A new password that the policy refuses; the message key says why, in the user's language. */
public class PasswordRejectedException extends RuntimeException {

	private final String messageKey;

	PasswordRejectedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
