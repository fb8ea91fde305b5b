package vn.tonghop.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

	record StoredAccount(Account account, String passwordHash, int failedLogins, Instant lockedUntil,
			boolean disabled) {
	}

	private static final String COLUMNS = "username, display_name, role, unit_code, must_change, password_hash, "
			+ "failed_logins, locked_until, disabled";

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StoredAccount> find(String username) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE username = ?")
			.param(username)
			.query(AccountRepository::stored)
			.optional();
	}

	List<StoredAccount> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM app_user ORDER BY unit_code, username")
			.query(AccountRepository::stored)
			.list();
	}

	private static StoredAccount stored(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new StoredAccount(new Account(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)),
				rs.getString(4), rs.getBoolean(5)), rs.getString(6), rs.getInt(7),
				rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant(), rs.getBoolean(9));
	}

	void setDisabled(String username, boolean disabled) {
		jdbc.sql("UPDATE app_user SET disabled = ? WHERE username = ?").params(disabled, username).update();
	}

	void setRoleAndUnit(String username, Role role, String unitCode) {
		jdbc.sql("UPDATE app_user SET role = ?, unit_code = ? WHERE username = ?")
			.params(role.name(), unitCode, username)
			.update();
	}

	long count() {
		return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
	}

	void insert(Account account, String passwordHash) {
		jdbc.sql("INSERT INTO app_user (username, password_hash, display_name, role, unit_code, must_change, "
				+ "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(account.username(), passwordHash, account.displayName(), account.role().name(),
					account.unitCode(), account.mustChangePassword(), Timestamp.from(Instant.now()))
			.update();
	}

	void setPassword(String username, String passwordHash, boolean mustChange) {
		jdbc.sql("UPDATE app_user SET password_hash = ?, must_change = ?, failed_logins = 0, locked_until = NULL "
				+ "WHERE username = ?")
			.params(passwordHash, mustChange, username)
			.update();
	}

	void recordFailure(String username, int failedLogins, Instant lockedUntil) {
		jdbc.sql("UPDATE app_user SET failed_logins = ?, locked_until = ? WHERE username = ?")
			.params(failedLogins, lockedUntil == null ? null : Timestamp.from(lockedUntil), username)
			.update();
	}
}
