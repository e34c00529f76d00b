package dev.kaohe.indicator;

import dev.kaohe.identity.ApiScope;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read and change indicators and schemes. Rules are visible to every participant (R210), so every
 * signed-in person reads; HR and admins write; tokens need {@code indicator:read} or {@code indicator:write}.
 */
@Component
public class IndicatorAccess {

    public boolean canRead(CurrentUser user) {
        return !user.has(Role.INTEGRATION) || user.hasScope(ApiScope.INDICATOR_READ) || user.hasScope(ApiScope.INDICATOR_WRITE);
    }

    public void requireReader(CurrentUser user) {
        if (!canRead(user)) {
            throw new AccessDeniedException("this token may not read indicators or schemes");
        }
    }

    public boolean canWrite(CurrentUser user) {
        return user.hasAny(Role.HR, Role.ADMIN) || (user.has(Role.INTEGRATION) && user.hasScope(ApiScope.INDICATOR_WRITE));
    }

    public void requireWriter(CurrentUser user) {
        if (!canWrite(user)) {
            throw new AccessDeniedException("indicators and schemes are changed by HR and admins");
        }
    }
}
