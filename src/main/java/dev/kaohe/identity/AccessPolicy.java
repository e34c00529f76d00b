package dev.kaohe.identity;

import dev.kaohe.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change whose records. Decided per object in the service layer: a record out of
 * reach is reported as not found, so its existence does not leak.
 *
 * <ul>
 *   <li>an employee reaches their own records;</li>
 *   <li>a manager also reaches their whole reporting subtree;</li>
 *   <li>HR, executives, finance, admins and auditors reach everyone (auditors read only);</li>
 *   <li>an integration token reaches everyone within its scopes.</li>
 * </ul>
 */
@Component
public class AccessPolicy {

    public static final String ORG_READ = ApiScope.ORG_READ;
    public static final String ORG_WRITE = ApiScope.ORG_WRITE;
    public static final String AUDIT_READ = ApiScope.AUDIT_READ;

    private final ReportingLines reportingLines;

    AccessPolicy(ReportingLines reportingLines) {
        this.reportingLines = reportingLines;
    }

    public Visibility visibility(CurrentUser user) {
        if (user.has(Role.INTEGRATION) && !canReadStructure(user)) {
            throw new AccessDeniedException("this token may not read the organisation");
        }
        if (user.hasAny(Role.HR, Role.EXECUTIVE, Role.FINANCE, Role.ADMIN, Role.AUDITOR)
                || (user.has(Role.INTEGRATION) && (user.hasScope(ORG_READ) || user.hasScope(ORG_WRITE)))) {
            return Visibility.all();
        }
        if (user.employeeId() == null) {
            return Visibility.nobody();
        }
        return new Visibility(false, user.employeeId(), user.has(Role.MANAGER) ? user.employeeId() : null);
    }

    public boolean canSee(CurrentUser user, long employeeId) {
        Visibility visibility = visibility(user);
        return visibility.everyone()
                || (visibility.selfEmployeeId() != null && visibility.selfEmployeeId() == employeeId)
                || (visibility.subtreeOf() != null && reportingLines.isBelow(visibility.subtreeOf(), employeeId));
    }

    /** Throws 404 when the employee's records are out of the caller's reach. */
    public void requireVisible(CurrentUser user, long employeeId) {
        if (!canSee(user, employeeId)) {
            throw new NotFoundException("employee", employeeId);
        }
    }

    /** Maintaining departments, regions, positions and employees: HR and admins (and tokens with org:write). */
    public boolean canManageOrg(CurrentUser user) {
        return user.hasAny(Role.HR, Role.ADMIN) || (user.has(Role.INTEGRATION) && user.hasScope(ORG_WRITE));
    }

    public void requireOrgManager(CurrentUser user) {
        if (!canManageOrg(user)) {
            throw new AccessDeniedException("organisation changes need the HR or admin role");
        }
    }

    /** Reading the organisation structure (departments, regions, positions) is open to every signed-in person. */
    public boolean canReadStructure(CurrentUser user) {
        return !user.has(Role.INTEGRATION) || user.hasScope(ORG_READ) || user.hasScope(ORG_WRITE);
    }

    public void requireStructureReader(CurrentUser user) {
        if (!canReadStructure(user)) {
            throw new AccessDeniedException("this token may not read the organisation");
        }
    }

    public void requireAdmin(CurrentUser user) {
        if (!user.has(Role.ADMIN)) {
            throw new AccessDeniedException("admin role required");
        }
    }

    /** Reading the audit trail and verifying its chain: auditors, admins, and tokens with audit:read. */
    public boolean canReadAudit(CurrentUser user) {
        return user.hasAny(Role.ADMIN, Role.AUDITOR) || (user.has(Role.INTEGRATION) && user.hasScope(AUDIT_READ));
    }

    public void requireAuditReader(CurrentUser user) {
        if (!canReadAudit(user)) {
            throw new AccessDeniedException("auditor or admin role required");
        }
    }
}
