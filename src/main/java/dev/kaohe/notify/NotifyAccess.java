package dev.kaohe.notify;

import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The inbox is personal: a person reaches only the notices addressed to them (another's answers 404, whatever the
 * role); integration tokens have no inbox (403). Robot channels and the company e-mail switch are integrations,
 * configured by admins; the delivery log, which shows who was told what, is read by HR and admins.
 */
@Component
public class NotifyAccess {

    public void requirePerson(CurrentUser user) {
        if (user.has(Role.INTEGRATION)) {
            throw new AccessDeniedException("integration tokens have no inbox");
        }
    }

    public boolean canConfigure(CurrentUser user) {
        return user.has(Role.ADMIN);
    }

    public void requireConfigurer(CurrentUser user) {
        if (!canConfigure(user)) {
            throw new AccessDeniedException("notification channels are configured by admins");
        }
    }

    public boolean canReadLog(CurrentUser user) {
        return user.hasAny(Role.HR, Role.ADMIN);
    }

    public void requireLogReader(CurrentUser user) {
        if (!canReadLog(user)) {
            throw new AccessDeniedException("the delivery log is read by HR and admins");
        }
    }
}
