package dev.kaohe.identity;

import java.time.Clock;
import java.util.Set;

import dev.kaohe.platform.audit.AuditTrail;
import dev.kaohe.identity.internal.Account;
import dev.kaohe.identity.internal.AccountRepository;
import dev.kaohe.platform.InvalidInputException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and maintaining sign-in accounts. */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail auditTrail;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, AuditTrail auditTrail, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** A new account; the caller has checked who may do this. Returns the account id. */
    @Transactional
    public long create(NewAccount request) {
        if (accounts.findByUsernameIgnoreCase(request.username()).isPresent()) {
            throw new InvalidInputException("username", "用户名已存在 / username already taken: " + request.username());
        }
        Account account = accounts.save(new Account(request.username(), passwordEncoder.encode(request.password()),
                request.displayName(), request.employeeId(), request.roles(), clock.instant()));
        auditTrail.record("account.create", "account", account.getId(), null, request.withoutPassword());
        return account.getId();
    }

    @Transactional(readOnly = true)
    public boolean adminExists() {
        return accounts.existsWithRole(Role.ADMIN);
    }

    /**
     * @param employeeId the employee the account belongs to, or null
     * @param roles      granted roles; EMPLOYEE and MANAGER are derived and need not be listed
     */
    public record NewAccount(String username, String password, String displayName, Long employeeId, Set<Role> roles) {

        NewAccount withoutPassword() {
            return new NewAccount(username, null, displayName, employeeId, roles);
        }
    }
}
