package dev.kaohe.intake;

import dev.kaohe.identity.AccessPolicy;
import dev.kaohe.identity.ApiScope;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.identity.Visibility;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Importing: HR, admins and tokens with {@code intake:write}. Reading actuals follows {@link AccessPolicy}
 * (own, manager's subtree, everyone for HR, finance, executives, auditors and admins); a token reads with
 * {@code intake:write}.
 */
@Component
public class IntakeAccess {

    private final AccessPolicy policy;

    IntakeAccess(AccessPolicy policy) {
        this.policy = policy;
    }

    public boolean canImport(CurrentUser user) {
        return user.hasAny(Role.HR, Role.ADMIN) || (user.has(Role.INTEGRATION) && user.hasScope(ApiScope.INTAKE_WRITE));
    }

    public void requireImporter(CurrentUser user) {
        if (!canImport(user)) {
            throw new AccessDeniedException("imports are run by HR, admins and tokens with intake:write");
        }
    }

    public Visibility visibility(CurrentUser user) {
        if (user.has(Role.INTEGRATION)) {
            if (!user.hasScope(ApiScope.INTAKE_WRITE)) {
                throw new AccessDeniedException("this token may not read actuals");
            }
            return Visibility.all();
        }
        return policy.visibility(user);
    }

    public void requireVisible(CurrentUser user, long employeeId) {
        if (user.has(Role.INTEGRATION)) {
            visibility(user);
            return;
        }
        policy.requireVisible(user, employeeId);
    }
}
