package dev.kaohe.onboarding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.kaohe.platform.audit.AuditTrail;
import dev.kaohe.identity.AccountBatch;
import dev.kaohe.identity.AccountService;
import dev.kaohe.identity.AccountService.NewAccount;
import dev.kaohe.identity.Role;
import dev.kaohe.org.DemoCompany;
import dev.kaohe.org.DemoSize;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Creates the first administrator, once, for whoever holds a setup token; optionally loads the demo company
 * and its accounts in the same transaction, so a failure leaves the installation untouched.
 */
@Service
public class FirstRunSetup {

    /** Serialises setup attempts across app nodes. */
    private static final long SETUP_LOCK = 0x4b616f6865_5345L;
    private static final String USERNAME_PATTERN = "[A-Za-z0-9._-]{3,64}";
    private static final int MAX_DISPLAY_NAME = 100;

    /** The functional demo accounts and the role each holds. */
    static final Map<String, Role> FUNCTIONAL_ACCOUNTS = functionalAccounts();
    private static final Map<String, String> FUNCTIONAL_NAMES = Map.of(
            "hr", "人力资源（演示）", "finance", "财务（演示）", "exec", "高管（演示）", "auditor", "审计（演示）");

    private final AccountService accountService;
    private final AccountBatch accountBatch;
    private final DemoCompany demoCompany;
    private final SetupTokens tokens;
    private final AuditTrail auditTrail;
    private final JdbcTemplate jdbc;
    private final Messages messages;
    private final int passwordMinLength;
    private volatile boolean completed;

    FirstRunSetup(AccountService accountService, AccountBatch accountBatch, DemoCompany demoCompany, SetupTokens tokens,
                  AuditTrail auditTrail, JdbcTemplate jdbc, Messages messages,
                  @Value("${kaohe.security.password-min-length}") int passwordMinLength) {
        this.accountService = accountService;
        this.accountBatch = accountBatch;
        this.demoCompany = demoCompany;
        this.tokens = tokens;
        this.auditTrail = auditTrail;
        this.jdbc = jdbc;
        this.messages = messages;
        this.passwordMinLength = passwordMinLength;
    }

    /** True until an administrator exists. Once false it stays false, so a running node stops asking. */
    public boolean isPending() {
        if (!completed && accountService.adminExists()) {
            completed = true;
        }
        return !completed;
    }

    public int passwordMinLength() {
        return passwordMinLength;
    }

    @Transactional
    public SetupResult complete(SetupRequest request) {
        jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, SETUP_LOCK);
        if (accountService.adminExists()) {
            throw new SetupAlreadyCompletedException();
        }
        List<FieldProblem> problems = validate(request);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String username = request.username().trim();
        accountService.create(new NewAccount(username, request.password(), request.displayName().trim(), null,
                Set.of(Role.ADMIN)));
        SetupResult.DemoAccounts demo = request.wantsDemo() ? loadDemo(request.demoPassword()) : null;
        tokens.revokeAll();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("admin", username);
        after.put("demo", demo != null);
        auditTrail.record("setup.complete", "setup", null, null, after);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                completed = true;
            }
        });
        return new SetupResult(username, demo);
    }

    private List<FieldProblem> validate(SetupRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (blank(request.token())) {
            problems.add(problem("token", null, "setup.error.required"));
        } else if (!tokens.isValid(request.token())) {
            problems.add(problem("token", null, "setup.error.token"));
        }
        if (blank(request.username())) {
            problems.add(problem("username", request.username(), "setup.error.required"));
        } else if (!request.username().trim().matches(USERNAME_PATTERN)) {
            problems.add(problem("username", request.username(), "setup.error.username"));
        } else if (request.wantsDemo() && isDemoUsername(request.username().trim())) {
            problems.add(problem("username", request.username(), "setup.error.reserved"));
        }
        if (blank(request.displayName())) {
            problems.add(problem("displayName", request.displayName(), "setup.error.required"));
        } else if (request.displayName().trim().length() > MAX_DISPLAY_NAME) {
            problems.add(problem("displayName", request.displayName(), "setup.error.displayName", MAX_DISPLAY_NAME));
        }
        checkPassword("password", request.password(), problems);
        if (request.password() != null && !request.password().equals(request.passwordRepeat())) {
            problems.add(problem("passwordRepeat", null, "setup.error.passwordMismatch"));
        }
        if (request.wantsDemo()) {
            checkPassword("demoPassword", request.demoPassword(), problems);
        }
        return problems;
    }

    private void checkPassword(String field, String password, List<FieldProblem> problems) {
        if (password == null || password.isEmpty()) {
            problems.add(problem(field, null, "setup.error.required"));
        } else if (password.length() < passwordMinLength) {
            problems.add(problem(field, null, "setup.error.passwordShort", passwordMinLength));
        }
    }

    private FieldProblem problem(String field, String value, String key, Object... args) {
        return new FieldProblem(field, value, messages.get(key, args));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean isDemoUsername(String username) {
        String lower = username.toLowerCase(Locale.ROOT);
        return FUNCTIONAL_ACCOUNTS.containsKey(lower)
                || lower.matches(DemoCompany.DEFAULT_PREFIX.toLowerCase(Locale.ROOT) + "\\d+");
    }

    /** The demo company plus an account for each active employee and the functional accounts, one password for all. */
    private SetupResult.DemoAccounts loadDemo(String demoPassword) {
        DemoCompany.Summary company = demoCompany.load(DemoSize.STANDARD);
        List<NewAccount> accounts = new ArrayList<>();
        for (DemoCompany.Person person : company.people()) {
            if (person.active()) {
                accounts.add(new NewAccount(username(person), null, person.name(), person.id(), Set.of()));
            }
        }
        int employeeAccounts = accounts.size();
        FUNCTIONAL_ACCOUNTS.forEach((name, role) ->
                accounts.add(new NewAccount(name, null, FUNCTIONAL_NAMES.get(name), null, Set.of(role))));
        accountBatch.createAll(accounts, demoPassword);
        return new SetupResult.DemoAccounts(List.copyOf(FUNCTIONAL_ACCOUNTS.keySet()), employeeAccounts,
                username(company.director()), username(company.first(DemoCompany.Rank.DEPARTMENT_MANAGER)),
                username(company.first(DemoCompany.Rank.TEAM_LEAD)), username(company.first(DemoCompany.Rank.STAFF)));
    }

    private static String username(DemoCompany.Person person) {
        return person.employeeNo().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Role> functionalAccounts() {
        Map<String, Role> accounts = new LinkedHashMap<>();
        accounts.put("hr", Role.HR);
        accounts.put("finance", Role.FINANCE);
        accounts.put("exec", Role.EXECUTIVE);
        accounts.put("auditor", Role.AUDITOR);
        return java.util.Collections.unmodifiableMap(accounts);
    }
}
