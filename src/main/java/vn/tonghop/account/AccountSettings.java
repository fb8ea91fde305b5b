package vn.tonghop.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings ({@code tonghop.accounts.*}).
 *
 * @param adminPassword the first administrator's password; empty: one is generated and printed once
 * @param maxFailedLogins wrong passwords in a row before the account is held
 * @param lockout how long it is held
 */
@ConfigurationProperties("tonghop.accounts")
public record AccountSettings(String adminPassword, @DefaultValue("5") int maxFailedLogins,
		@DefaultValue("15m") Duration lockout) {
}
