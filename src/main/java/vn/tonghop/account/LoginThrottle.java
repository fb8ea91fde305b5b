package vn.tonghop.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts wrong passwords per account from Spring Security's events; the count resets on success. */
@Component
class LoginThrottle {

	private final AccountService accounts;

	LoginThrottle(AccountService accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		accounts.recordFailedLogin(event.getAuthentication().getName());
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		accounts.recordSuccessfulLogin(event.getAuthentication().getName());
	}
}
