package vn.tonghop.account;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.orgunit.Scope;

/**
 * Users, their passwords and what they may see. Passwords are stored with the delegating encoder (bcrypt today,
 * its id in front so that a later algorithm can take over); a password somebody else set must be changed.
 */
@Service
public class AccountService implements UserDetailsService {

	/** BCrypt reads at most 72 bytes; a Vietnamese letter takes 2–3 of them in UTF-8. */
	static final int MAX_PASSWORD_BYTES = 72;

	static final int MIN_PASSWORD_CHARS = 8;

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final OrgRegistry registry;

	private final AccountSettings settings;

	private final Clock clock;

	private final vn.tonghop.system.Messages messages;

	private final UnknownNameThrottle unknownNames;

	private String unmatchable;

	AccountService(AccountRepository accounts, PasswordEncoder encoder, OrgRegistry registry,
			AccountSettings settings, Optional<Clock> clock, vn.tonghop.system.Messages messages) {
		this.messages = messages;
		this.accounts = accounts;
		this.encoder = encoder;
		this.registry = registry;
		this.settings = settings;
		this.clock = clock.orElse(Clock.systemUTC());
		this.unknownNames = new UnknownNameThrottle(settings.maxFailedLogins(), settings.lockout(), this.clock);
	}

	/**
	 * The account to check a sign-in against. A disabled account cannot sign in; a name that does not exist gets a
	 * stand-in whose password never matches and which is held exactly as a real account would be, so that neither
	 * the answer nor its timing tells whether the name exists.
	 */
	@Override
	public UserDetails loadUserByUsername(String username) {
		Optional<AccountRepository.StoredAccount> found = accounts.find(username);
		if (found.isEmpty()) {
			return User.withUsername(username == null ? "" : username)
				.password(unmatchableHash())
				.authorities(new SimpleGrantedAuthority("ROLE_NONE"))
				.accountLocked(unknownNames.isHeld(username))
				.build();
		}
		AccountRepository.StoredAccount stored = found.get();
		boolean locked = stored.lockedUntil() != null && stored.lockedUntil().isAfter(clock.instant());
		return User.withUsername(username)
			.password(stored.passwordHash())
			.authorities(new SimpleGrantedAuthority("ROLE_" + stored.account().role().name()))
			.accountLocked(locked)
			.disabled(stored.disabled())
			.build();
	}

	/** A hash of a random secret nobody knows, made once: checking against it costs what a real check costs. */
	private synchronized String unmatchableHash() {
		if (unmatchable == null) {
			unmatchable = encoder.encode(generatePassword() + generatePassword());
		}
		return unmatchable;
	}

	public Optional<Account> find(String username) {
		return accounts.find(username).map(AccountRepository.StoredAccount::account);
	}

	/** The account of a signed-in session, unless the administrator has switched it off since. */
	public Optional<Account> findActive(String username) {
		return accounts.find(username).filter(stored -> !stored.disabled()).map(AccountRepository.StoredAccount::account);
	}

	/** Every account with its state, for the administrator. */
	public List<AccountStatus> all() {
		return accounts.all().stream().map(stored -> new AccountStatus(stored.account(), stored.disabled(),
				stored.lockedUntil() != null && stored.lockedUntil().isAfter(clock.instant()))).toList();
	}

	/** What the user may see today: the administrator the whole tree, staff the subtree of their unit. */
	public Scope scopeOf(Account account) {
		return scopeOf(account, registry.tree());
	}

	/** What the user may see in a tree of some day (a round's): the whole of it, or the subtree of their unit. */
	public Scope scopeOf(Account account, vn.tonghop.orgunit.OrgTree tree) {
		return account.isAdmin() ? Scope.wholeTree(tree) : Scope.of(account.unitCode(), tree);
	}

	/** A new user with a password that must be changed at first sign-in. */
	@Transactional
	public Account create(String username, String displayName, Role role, String unitCode, String password) {
		if (!username.matches("[A-Za-z0-9._-]{3,64}")) {
			throw new PasswordRejectedException("account.username.invalid");
		}
		if (displayName == null || displayName.isBlank() || displayName.strip().length() > 200) {
			throw new PasswordRejectedException("account.displayName.invalid");
		}
		if (accounts.find(username).isPresent()) {
			throw new PasswordRejectedException("account.username.taken");
		}
		String unit = canonicalUnit(role, unitCode);
		checkPolicy(username, password);
		Account account = new Account(username, displayName.strip(), role, unit, true);
		accounts.insert(account, encoder.encode(password));
		return account;
	}

	/**
	 * The registry's spelling of a unit code typed in any case; an administrator needs none (empty).
	 *
	 * @throws PasswordRejectedException when staff are given a code the registry does not know
	 */
	String canonicalUnit(Role role, String unitCode) {
		if (role == Role.ADMIN && (unitCode == null || unitCode.isBlank())) {
			return "";
		}
		return registry.tree().unitIgnoringCase(unitCode).map(vn.tonghop.orgunit.OrgUnit::code)
			.orElseThrow(() -> new PasswordRejectedException("account.unit.unknown"));
	}

	@Transactional
	public void changePassword(String username, String current, String replacement) {
		AccountRepository.StoredAccount stored = accounts.find(username).orElseThrow();
		if (!encoder.matches(current, stored.passwordHash())) {
			throw new PasswordRejectedException("account.password.wrongCurrent");
		}
		if (current.equals(replacement)) {
			throw new PasswordRejectedException("account.password.same");
		}
		checkPolicy(username, replacement);
		accounts.setPassword(username, encoder.encode(replacement), false);
	}

	static void checkPolicy(String username, String password) {
		if (password.codePointCount(0, password.length()) < MIN_PASSWORD_CHARS) {
			throw new PasswordRejectedException("account.password.short");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			throw new PasswordRejectedException("account.password.long");
		}
		if (password.equalsIgnoreCase(username)) {
			throw new PasswordRejectedException("account.password.isUsername");
		}
	}

	/** A wrong password: after too many in a row the account is held for a while. */
	@Transactional
	void recordFailedLogin(String username) {
		Optional<AccountRepository.StoredAccount> found = accounts.find(username);
		if (found.isEmpty()) {
			unknownNames.failed(username);
		}
		found.ifPresent(stored -> {
			int failed = stored.failedLogins() + 1;
			Instant lockedUntil = failed >= settings.maxFailedLogins() ? clock.instant().plus(settings.lockout())
					: stored.lockedUntil();
			accounts.recordFailure(username, failed >= settings.maxFailedLogins() ? 0 : failed, lockedUntil);
		});
	}

	@Transactional
	void recordSuccessfulLogin(String username) {
		accounts.find(username)
			.filter(stored -> stored.failedLogins() > 0 || stored.lockedUntil() != null)
			.ifPresent(stored -> accounts.recordFailure(username, 0, null));
	}

	/**
	 * Creates the first administrator when there is no user at all.
	 *
	 * @return the generated password, to be shown once, when none was configured; empty otherwise
	 */
	@Transactional
	public Optional<String> ensureFirstAdministrator() {
		if (accounts.count() > 0) {
			return Optional.empty();
		}
		String configured = settings.adminPassword();
		String password = configured == null || configured.isBlank() ? generatePassword() : configured;
		accounts.insert(new Account("admin", messages.get("account.firstAdmin.name"), Role.ADMIN, "", true), encoder.encode(password));
		return configured == null || configured.isBlank() ? Optional.of(password) : Optional.empty();
	}

	static String generatePassword() {
		// No 0/O, 1/l/I: the password is read off a console and typed by hand.
		String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return password.toString();
	}
}
