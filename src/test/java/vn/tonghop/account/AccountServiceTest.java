package vn.tonghop.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.tonghop.TonghopSpringTest;

@TonghopSpringTest
class AccountServiceTest {

	@Autowired
	AccountService accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFirstAdministratorIsCreatedOnceWithAGeneratedPasswordToChange() {
		jdbc.sql("DELETE FROM app_user").update();
		String password = accounts.ensureFirstAdministrator().orElseThrow();
		assertThat(password).hasSize(16).doesNotContainAnyWhitespaces();
		Account admin = accounts.find("admin").orElseThrow();
		assertThat(admin.isAdmin()).isTrue();
		assertThat(admin.displayName()).isEqualTo("Quản trị hệ thống");
		assertThat(admin.mustChangePassword()).isTrue();
		String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'admin'").query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}").doesNotContain(password);
		assertThat(encoder.matches(password, hash)).isTrue();
		assertThat(accounts.ensureFirstAdministrator()).isEmpty();
		accounts.changePassword("admin", password, "Mật khẩu mới 2020");
		assertThat(accounts.find("admin").orElseThrow().mustChangePassword()).isFalse();
	}

	@Test
	void passwordsFollowThePolicy() {
		assertThatThrownBy(() -> AccountService.checkPolicy("nam", "ngắn")).hasMessage("account.password.short");
		assertThatThrownBy(() -> AccountService.checkPolicy("nguyenvan", "NguyenVan"))
			.hasMessage("account.password.isUsername");
		// 25 letters of 3 bytes each: 75 bytes, over what bcrypt reads.
		assertThatThrownBy(() -> AccountService.checkPolicy("nam", "ệ".repeat(25))).hasMessage("account.password.long");
		AccountService.checkPolicy("nam", "ệ".repeat(24));
		AccountService.checkPolicy("nam", "Tây-Ninh-2020");
	}
}
