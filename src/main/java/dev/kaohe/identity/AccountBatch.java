package dev.kaohe.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kaohe.platform.audit.AuditTrail;
import dev.kaohe.identity.AccountService.NewAccount;
import dev.kaohe.identity.internal.Account;
import dev.kaohe.identity.internal.AccountRepository;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Many accounts sharing one password (the demo company's): the password is hashed once, because a BCrypt
 * hash per account would take seconds for a hundred accounts. One audit entry lists them all.
 */
@Service
public class AccountBatch {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail auditTrail;
    private final Clock clock;

    AccountBatch(AccountRepository accounts, PasswordEncoder passwordEncoder, AuditTrail auditTrail, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /**
     * Creates all accounts or none; the caller has checked who may do this.
     *
     * @param requests       their {@code password} is ignored
     * @param sharedPassword the password of every one of them
     * @return the number of accounts created
     */
    @Transactional
    public int createAll(List<NewAccount> requests, String sharedPassword) {
        List<FieldProblem> taken = new ArrayList<>();
        for (NewAccount request : requests) {
            if (accounts.findByUsernameIgnoreCase(request.username()).isPresent()) {
                taken.add(new FieldProblem("username", request.username(),
                        "用户名已存在 / username already taken: " + request.username()));
            }
        }
        if (!taken.isEmpty()) {
            throw new InvalidInputException(taken);
        }
        String hash = passwordEncoder.encode(sharedPassword);
        Instant now = clock.instant();
        accounts.saveAll(requests.stream()
                .map(r -> new Account(r.username(), hash, r.displayName(), r.employeeId(), r.roles(), now))
                .toList());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("count", requests.size());
        after.put("usernames", requests.stream().map(NewAccount::username).toList());
        auditTrail.record("account.create.batch", "account", null, null, after);
        return requests.size();
    }
}
