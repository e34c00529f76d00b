package dev.kaohe.identity.internal;

import dev.kaohe.platform.audit.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts wrong passwords per account and locks it after {@code kaohe.security.max-failed-logins} in a row;
 * a successful sign-in starts the count again. A locked account is refused before its password is checked,
 * so attempts during the lock neither extend it nor reveal whether the password was right.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final AccountRepository accounts;
    private final SecuritySettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    LoginAttempts(AccountRepository accounts, SecuritySettings settings, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal()).trim();
        accounts.findForUpdate(username).ifPresent(account -> {
            Instant now = clock.instant();
            boolean wasLocked = account.isLockedAt(now);
            account.recordFailedLogin(settings.maxFailedLogins(), settings.lockoutDuration(), now);
            if (!wasLocked && account.isLockedAt(now)) {
                log.warn("Account {} locked until {} after {} wrong passwords", account.getUsername(),
                        account.getLockedUntil(), settings.maxFailedLogins());
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("username", account.getUsername());
                after.put("lockedUntil", account.getLockedUntil().toString());
                after.put("failedLogins", settings.maxFailedLogins());
                audit.record("account.lock", "account", account.getId(), null, after);
            }
        });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            accounts.findForUpdate(principal.getUsername())
                    .filter(account -> account.getFailedLogins() > 0 || account.getLockedUntil() != null)
                    .ifPresent(Account::recordSuccessfulLogin);
        }
    }
}
