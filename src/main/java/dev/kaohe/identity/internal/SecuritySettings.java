package dev.kaohe.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in rules from {@code kaohe.security.*}.
 *
 * @param maxFailedLogins   consecutive wrong passwords that lock an account
 * @param lockoutDuration   how long a locked account stays locked
 * @param passwordMinLength shortest password accepted
 */
@ConfigurationProperties("kaohe.security")
public record SecuritySettings(@DefaultValue("5") int maxFailedLogins,
                               @DefaultValue("15m") Duration lockoutDuration,
                               @DefaultValue("10") int passwordMinLength) {

    /** BCrypt reads at most 72 bytes of a password; longer ones are refused rather than silently cut. */
    public static final int PASSWORD_MAX_BYTES = 72;
}
