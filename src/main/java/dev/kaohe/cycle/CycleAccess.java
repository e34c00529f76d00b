package dev.kaohe.cycle;

import dev.kaohe.identity.AccessPolicy;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.identity.Visibility;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who reaches which cycle. HR and admins create and manage cycles; executives, auditors and finance read every
 * cycle; a manager reads the cycles in which someone of their reporting subtree (or they themselves) takes part,
 * with those participants; an employee reads the cycles they take part in (or review someone in) and their own
 * participant record. Integration tokens have no cycle access.
 */
@Component
class CycleAccess {

    private final AccessPolicy access;

    CycleAccess(AccessPolicy access) {
        this.access = access;
    }

    CurrentUser person() {
        CurrentUser user = CurrentUser.get();
        if (user.has(Role.INTEGRATION)) {
            throw new AccessDeniedException("cycles are for people, not integration tokens");
        }
        return user;
    }

    boolean canManage(CurrentUser user) {
        return user.hasAny(Role.HR, Role.ADMIN);
    }

    void requireManager(CurrentUser user) {
        if (!canManage(user)) {
            throw new AccessDeniedException("cycles are managed by HR and admins");
        }
    }

    Visibility visibility(CurrentUser user) {
        return access.visibility(user);
    }
}
