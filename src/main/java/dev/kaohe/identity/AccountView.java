package dev.kaohe.identity;

import java.time.Instant;
import java.util.List;

/**
 * An account as admins see it; never carries the password hash.
 *
 * @param roles  the granted roles (EMPLOYEE and MANAGER are derived at sign-in and not listed)
 * @param locked whether too many wrong passwords locked it, until {@code lockedUntil}
 */
public record AccountView(long id, String username, String displayName, Long employeeId, String employeeNo,
                          String employeeName, List<Role> roles, boolean enabled, boolean locked,
                          Instant lockedUntil, int failedLogins, Instant createdAt, Instant passwordChangedAt,
                          long version) {
}
