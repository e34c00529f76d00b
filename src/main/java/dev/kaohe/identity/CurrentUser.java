package dev.kaohe.identity;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is asking: an account (person) or an integration token.
 *
 * @param employeeId the employee this account belongs to, null for accounts without one (e.g. the first admin)
 * @param scopes     for integration tokens, what the token may do ({@code org:read}, {@code org:write}, …)
 */
public record CurrentUser(long accountId, String username, String displayName, Long employeeId,
                          Set<Role> roles, Set<String> scopes) implements java.io.Serializable {

    public static final String SYSTEM = "system";

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    public boolean isEmployee(Long id) {
        return employeeId != null && employeeId.equals(id);
    }

    /** The caller of the current request; throws when nobody is signed in. */
    public static CurrentUser get() {
        return find().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
    }

    public static java.util.Optional<CurrentUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof HasCurrentUser holder) {
            return java.util.Optional.of(holder.currentUser());
        }
        return java.util.Optional.empty();
    }

    /** Implemented by the principals this module puts into the security context. */
    public interface HasCurrentUser {
        CurrentUser currentUser();
    }
}
