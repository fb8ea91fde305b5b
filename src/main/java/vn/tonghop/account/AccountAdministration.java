package vn.tonghop.account;

import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tonghop.system.Messages;

/**
 * What the administrator does to accounts: create, reset a password, unlock, switch off and on, change role and
 * unit. Every change is recorded in {@link AccountEvents} with who made it. Administrators cannot switch off or
 * demote themselves, so an installation never loses its last way in by a slip of the mouse.
 */
@Service
public class AccountAdministration {

	private final AccountService accounts;

	private final AccountRepository repository;

	private final AccountEvents events;

	private final PasswordEncoder encoder;

	private final Messages messages;

	AccountAdministration(AccountService accounts, AccountRepository repository, AccountEvents events,
			PasswordEncoder encoder, Messages messages) {
		this.messages = messages;
		this.accounts = accounts;
		this.repository = repository;
		this.events = events;
		this.encoder = encoder;
	}

	@Transactional
	public Account create(String actor, String username, String displayName, Role role, String unitCode,
			String password) {
		Account account = accounts.create(username, displayName, role, unitCode, password);
		events.record(actor, username, AccountEvents.Action.CREATE,
				messages.get("account.event.created", roleName(role), unitName(account.unitCode())));
		return account;
	}

	/**
	 * Sets a new generated password that the person must change at the next sign-in; clears any hold.
	 *
	 * @return the password, to be shown once to the administrator
	 */
	@Transactional
	public String resetPassword(String actor, String username) {
		require(username);
		String password = AccountService.generatePassword();
		repository.setPassword(username, encoder.encode(password), true);
		events.record(actor, username, AccountEvents.Action.RESET_PASSWORD, "");
		return password;
	}

	@Transactional
	public void unlock(String actor, String username) {
		require(username);
		repository.recordFailure(username, 0, null);
		events.record(actor, username, AccountEvents.Action.UNLOCK, "");
	}

	@Transactional
	public void setDisabled(String actor, String username, boolean disabled) {
		require(username);
		if (disabled && actor.equals(username)) {
			throw new PasswordRejectedException("account.self.disable");
		}
		repository.setDisabled(username, disabled);
		events.record(actor, username, disabled ? AccountEvents.Action.DISABLE : AccountEvents.Action.ENABLE, "");
	}

	/** A new role and unit; the unit code is matched without regard to case. */
	@Transactional
	public void change(String actor, String username, Role role, String unitCode) {
		Account before = require(username);
		if (actor.equals(username) && role != before.role()) {
			throw new PasswordRejectedException("account.self.role");
		}
		String unit = accounts.canonicalUnit(role, unitCode);
		repository.setRoleAndUnit(username, role, unit);
		events.record(actor, username, AccountEvents.Action.CHANGE, messages.get("account.event.changed",
				roleName(before.role()), roleName(role), unitName(before.unitCode()), unitName(unit)));
	}

	public List<AccountEvents.Event> latestEvents() {
		return events.latest(200);
	}

	/** Details are kept as people read them, in the installation's language: the log is read, never parsed. */
	private String roleName(Role role) {
		return messages.get("web.role." + role.name());
	}

	private String unitName(String unitCode) {
		return unitCode == null || unitCode.isBlank() ? messages.get("account.event.wholeTree") : unitCode;
	}

	private Account require(String username) {
		return accounts.find(username).orElseThrow(() -> new PasswordRejectedException("account.unknown"));
	}
}
