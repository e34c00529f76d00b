package dev.kaohe.identity;

import dev.kaohe.platform.audit.AuditTrail;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.kaohe.identity.internal.Account;
import dev.kaohe.identity.internal.AccountRepository;
import dev.kaohe.identity.internal.EmployeeDirectory;
import dev.kaohe.identity.internal.EmployeeDirectory.EmployeeRef;
import dev.kaohe.identity.internal.SecuritySettings;
import dev.kaohe.identity.internal.SessionTerminator;
import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and maintaining sign-in accounts. Everything but first-run setup and one's own password is for admins. */
@Service
public class AccountService {

    /** Roles an admin grants; EMPLOYEE and MANAGER follow from the employee link and reporting lines. */
    public static final List<Role> GRANTABLE_ROLES = List.of(Role.HR, Role.FINANCE, Role.EXECUTIVE, Role.AUDITOR, Role.ADMIN);

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,64}");

    private final AccountRepository accounts;
    private final EmployeeDirectory employees;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final AccessPolicy accessPolicy;
    private final SessionTerminator sessions;
    private final SecuritySettings settings;
    private final Messages messages;
    private final Clock clock;

    AccountService(AccountRepository accounts, EmployeeDirectory employees, PasswordEncoder passwordEncoder,
                   AuditTrail audit, AccessPolicy accessPolicy, SessionTerminator sessions,
                   SecuritySettings settings, Messages messages, Clock clock) {
        this.accounts = accounts;
        this.employees = employees;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.accessPolicy = accessPolicy;
        this.sessions = sessions;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    /** A new account; the caller has checked who may do this (first-run setup, or an admin). Returns the account id. */
    @Transactional
    public long create(NewAccount request) {
        List<FieldProblem> problems = new ArrayList<>();
        checkPassword("password", request.password(), problems);
        if (request.username() == null || !USERNAME.matcher(request.username()).matches()) {
            problems.add(new FieldProblem("username", request.username(), messages.get("account.error.username")));
        } else if (accounts.findByUsernameIgnoreCase(request.username()).isPresent()) {
            problems.add(new FieldProblem("username", request.username(), messages.get("account.error.usernameTaken")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Account account = accounts.save(new Account(request.username(), passwordEncoder.encode(request.password()),
                request.displayName(), request.employeeId(), request.roles(), clock.instant()));
        audit.record("account.create", "account", account.getId(), null, snapshot(account));
        return account.getId();
    }

    @Transactional(readOnly = true)
    public boolean adminExists() {
        return accounts.existsWithRole(Role.ADMIN);
    }

    // ---- admin operations ----

    @Transactional(readOnly = true)
    public Page<AccountView> search(String query, int page, int size) {
        accessPolicy.requireAdmin(CurrentUser.get());
        String q = query == null ? "" : query.trim().toLowerCase();
        Page<Account> found = accounts.search(q, PageRequest.of(Math.max(page, 0), size));
        Map<Long, EmployeeRef> linked = employees.findByIds(found.stream()
                .map(Account::getEmployeeId).filter(java.util.Objects::nonNull).toList());
        return found.map(account -> view(account, linked.get(account.getEmployeeId())));
    }

    @Transactional(readOnly = true)
    public AccountView get(long id) {
        accessPolicy.requireAdmin(CurrentUser.get());
        return view(load(id));
    }

    @Transactional
    public AccountView createByAdmin(AccountRequest request) {
        accessPolicy.requireAdmin(CurrentUser.get());
        List<FieldProblem> problems = new ArrayList<>();
        String displayName = checkDisplayName(request.displayName(), problems);
        Long employeeId = resolveEmployee(request.employeeNo(), null, problems);
        Set<Role> roles = checkRoles(request.roles(), problems);
        if (!problems.isEmpty()) {
            // report every problem at once, including those create() would find
            checkPassword("password", request.password(), problems);
            if (request.username() == null || !USERNAME.matcher(request.username()).matches()) {
                problems.add(new FieldProblem("username", request.username(), messages.get("account.error.username")));
            }
            throw new InvalidInputException(problems);
        }
        long id = create(new NewAccount(request.username() == null ? null : request.username().trim(),
                request.password(), displayName, employeeId, roles));
        return view(load(id));
    }

    @Transactional
    public AccountView update(long id, AccountUpdate request) {
        CurrentUser user = CurrentUser.get();
        accessPolicy.requireAdmin(user);
        Account account = load(id);
        if (request.version() != null && request.version() != account.getVersion()) {
            throw new ConflictException(messages.get("error.concurrentChange"));
        }
        List<FieldProblem> problems = new ArrayList<>();
        String displayName = checkDisplayName(request.displayName(), problems);
        Long employeeId = resolveEmployee(request.employeeNo(), account.getId(), problems);
        Set<Role> roles = checkRoles(request.roles(), problems);
        boolean losesAdmin = account.getRoles().contains(Role.ADMIN) && account.isEnabled()
                && (!roles.contains(Role.ADMIN) || !request.enabled());
        if (losesAdmin && accounts.countOtherEnabledAdmins(account.getId()) == 0) {
            problems.add(FieldProblem.of(roles.contains(Role.ADMIN) ? "enabled" : "roles", messages.get("account.error.lastAdmin")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        AccountSnapshot before = snapshot(account);
        boolean revokes = !roles.containsAll(account.getRoles()) || (account.isEnabled() && !request.enabled())
                || !java.util.Objects.equals(employeeId, account.getEmployeeId());
        account.setDisplayName(displayName);
        account.setEmployeeId(employeeId);
        account.setRoles(roles);
        account.setEnabled(request.enabled());
        accounts.saveAndFlush(account);
        AccountSnapshot after = snapshot(account);
        if (!before.equals(after)) {
            audit.record("account.update", "account", account.getId(), before, after);
        }
        if (revokes) {
            sessions.endSessionsAfterCommit(account.getUsername());
        }
        return view(account);
    }

    @Transactional
    public AccountView unlock(long id) {
        accessPolicy.requireAdmin(CurrentUser.get());
        Account account = load(id);
        LockState before = new LockState(account.getFailedLogins(), account.getLockedUntil());
        account.unlock();
        accounts.saveAndFlush(account);
        audit.record("account.unlock", "account", account.getId(), before, new LockState(0, null));
        return view(account);
    }

    /** An admin sets a new password (e.g. the person forgot theirs); their open sessions end. */
    @Transactional
    public AccountView resetPassword(long id, String newPassword) {
        accessPolicy.requireAdmin(CurrentUser.get());
        Account account = load(id);
        List<FieldProblem> problems = new ArrayList<>();
        checkPassword("password", newPassword, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        accounts.saveAndFlush(account);
        audit.record("account.password.reset", "account", account.getId(), null, Map.of("username", account.getUsername()));
        sessions.endSessionsAfterCommit(account.getUsername());
        return view(account);
    }

    // ---- one's own password ----

    @Transactional
    public void changeOwnPassword(PasswordChange request) {
        CurrentUser user = CurrentUser.get();
        if (user.has(Role.INTEGRATION)) {
            throw new AccessDeniedException("tokens have no password");
        }
        Account account = accounts.findById(user.accountId()).orElseThrow(() -> new NotFoundException("account", user.accountId()));
        List<FieldProblem> problems = new ArrayList<>();
        if (request.currentPassword() == null || request.currentPassword().isEmpty()) {
            problems.add(FieldProblem.of("currentPassword", messages.get("error.required")));
        } else if (!passwordEncoder.matches(request.currentPassword(), account.getPasswordHash())) {
            problems.add(FieldProblem.of("currentPassword", messages.get("password.error.current")));
        }
        checkPassword("newPassword", request.newPassword(), problems);
        if (request.newPassword() != null && !request.newPassword().equals(request.repeatPassword())) {
            problems.add(FieldProblem.of("repeatPassword", messages.get("password.error.repeat")));
        }
        if (request.newPassword() != null && request.newPassword().equals(request.currentPassword())) {
            problems.add(FieldProblem.of("newPassword", messages.get("password.error.same")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        account.changePassword(passwordEncoder.encode(request.newPassword()), clock.instant());
        accounts.saveAndFlush(account);
        audit.record("account.password.change", "account", account.getId(), null, Map.of("username", account.getUsername()));
    }

    public int passwordMinLength() {
        return settings.passwordMinLength();
    }

    // ---- helpers ----

    private Account load(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
    }

    private void checkPassword(String field, String password, List<FieldProblem> problems) {
        if (password == null || password.isEmpty()) {
            problems.add(FieldProblem.of(field, messages.get("error.required")));
        } else if (password.codePointCount(0, password.length()) < settings.passwordMinLength()) {
            problems.add(FieldProblem.of(field, messages.get("password.error.tooShort", settings.passwordMinLength())));
        } else if (password.getBytes(StandardCharsets.UTF_8).length > SecuritySettings.PASSWORD_MAX_BYTES) {
            problems.add(FieldProblem.of(field, messages.get("password.error.tooLong", SecuritySettings.PASSWORD_MAX_BYTES)));
        }
    }

    private String checkDisplayName(String displayName, List<FieldProblem> problems) {
        String trimmed = displayName == null ? "" : displayName.trim();
        if (trimmed.isEmpty()) {
            problems.add(FieldProblem.of("displayName", messages.get("error.required")));
        } else if (trimmed.length() > 100) {
            problems.add(new FieldProblem("displayName", trimmed, messages.get("account.error.tooLong", 100)));
        }
        return trimmed;
    }

    private Long resolveEmployee(String employeeNo, Long accountId, List<FieldProblem> problems) {
        if (employeeNo == null || employeeNo.isBlank()) {
            return null;
        }
        String no = employeeNo.trim();
        EmployeeRef employee = employees.findByNumber(no).orElse(null);
        if (employee == null) {
            problems.add(new FieldProblem("employeeNo", no, messages.get("account.error.unknownEmployee")));
            return null;
        }
        if (!employee.active()) {
            problems.add(new FieldProblem("employeeNo", no, messages.get("account.error.employeeLeft")));
            return null;
        }
        accounts.findByEmployeeId(employee.id())
                .filter(other -> !other.getId().equals(accountId))
                .ifPresent(other -> problems.add(new FieldProblem("employeeNo", no,
                        messages.get("account.error.employeeLinked", other.getUsername()))));
        return employee.id();
    }

    private Set<Role> checkRoles(Set<Role> requested, List<FieldProblem> problems) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (requested != null) {
            for (Role role : requested) {
                if (GRANTABLE_ROLES.contains(role)) {
                    roles.add(role);
                } else {
                    problems.add(new FieldProblem("roles", role.name(), messages.get("account.error.role")));
                }
            }
        }
        return roles;
    }

    private AccountView view(Account account) {
        EmployeeRef employee = account.getEmployeeId() == null ? null
                : employees.findByIds(List.of(account.getEmployeeId())).get(account.getEmployeeId());
        return view(account, employee);
    }

    private AccountView view(Account account, EmployeeRef employee) {
        return new AccountView(account.getId(), account.getUsername(), account.getDisplayName(), account.getEmployeeId(),
                employee == null ? null : employee.employeeNo(), employee == null ? null : employee.name(),
                account.getRoles().stream().sorted().toList(), account.isEnabled(), account.isLockedAt(clock.instant()),
                account.getLockedUntil(), account.getFailedLogins(), account.getCreatedAt(),
                account.getPasswordChangedAt(), account.getVersion());
    }

    private static AccountSnapshot snapshot(Account account) {
        return new AccountSnapshot(account.getUsername(), account.getDisplayName(), account.getEmployeeId(),
                account.getRoles().stream().sorted().map(Role::name).toList(), account.isEnabled());
    }

    /** What the audit trail records of an account: never a password or its hash. */
    record AccountSnapshot(String username, String displayName, Long employeeId, List<String> roles, boolean enabled) {
    }

    record LockState(int failedLogins, java.time.Instant lockedUntil) {
    }

    /**
     * @param employeeId the employee the account belongs to, or null
     * @param roles      granted roles; EMPLOYEE and MANAGER are derived and need not be listed
     */
    public record NewAccount(String username, String password, String displayName, Long employeeId, Set<Role> roles) {
    }

    /** An admin's new account: the employee is named by employee number; {@code password} is the initial one. */
    public record AccountRequest(String username, String displayName, String employeeNo, Set<Role> roles, String password) {
    }

    /** @param version the version the admin edited, for optimistic locking; null skips the check */
    public record AccountUpdate(String displayName, String employeeNo, Set<Role> roles, boolean enabled, Long version) {
    }

    public record PasswordChange(String currentPassword, String newPassword, String repeatPassword) {
    }
}
