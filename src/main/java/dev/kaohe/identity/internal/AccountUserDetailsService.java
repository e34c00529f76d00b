package dev.kaohe.identity.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.ReportingLines;
import dev.kaohe.identity.Role;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final ReportingLines reportingLines;
    private final Clock clock;

    AccountUserDetailsService(AccountRepository accounts, ReportingLines reportingLines, Clock clock) {
        this.accounts = accounts;
        this.reportingLines = reportingLines;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsernameIgnoreCase(username.trim())
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return new AccountPrincipal(currentUserOf(account, reportingLines), account.getPasswordHash(),
                account.isEnabled(), account.isLockedAt(clock.instant()));
    }

    static CurrentUser currentUserOf(Account account, ReportingLines reportingLines) {
        Set<Role> roles = account.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.getRoles());
        if (account.getEmployeeId() != null) {
            roles.add(Role.EMPLOYEE);
            if (reportingLines.hasReports(account.getEmployeeId())) {
                roles.add(Role.MANAGER);
            }
        }
        return new CurrentUser(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getEmployeeId(), Set.copyOf(roles), Set.of());
    }
}
