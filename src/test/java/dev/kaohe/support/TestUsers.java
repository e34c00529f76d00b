package dev.kaohe.support;

import java.util.EnumSet;
import java.util.Set;

import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.identity.internal.AccountPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Signed-in callers for MockMvc requests and service calls, without going through the login form. */
public final class TestUsers {

    private TestUsers() {
    }

    public static CurrentUser user(String username, Long employeeId, Role... roles) {
        Set<Role> set = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(java.util.List.of(roles));
        if (employeeId != null) {
            set.add(Role.EMPLOYEE);
        }
        return new CurrentUser(Math.abs(username.hashCode()), username, username, employeeId, Set.copyOf(set), Set.of());
    }

    public static CurrentUser token(String name, String... scopes) {
        return new CurrentUser(Math.abs(name.hashCode()), name, name, null, Set.of(Role.INTEGRATION), Set.of(scopes));
    }

    /** For MockMvc: {@code mvc.perform(get(..).with(as(hr)))}. */
    public static RequestPostProcessor as(CurrentUser user) {
        return authentication(authenticationOf(user));
    }

    /** For calling services directly: runs {@code work} with {@code user} in the security context. */
    /** Runs {@code work} as {@code user} and returns its answer. */
    public static <T> T callAs(CurrentUser user, java.util.function.Supplier<T> work) {
        java.util.concurrent.atomic.AtomicReference<T> out = new java.util.concurrent.atomic.AtomicReference<>();
        runAs(user, () -> out.set(work.get()));
        return out.get();
    }

    public static void runAs(CurrentUser user, Runnable work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(authenticationOf(user));
        try {
            work.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private static UsernamePasswordAuthenticationToken authenticationOf(CurrentUser user) {
        AccountPrincipal principal = new AccountPrincipal(user, "", true, false);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }
}
