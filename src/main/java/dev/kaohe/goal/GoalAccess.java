package dev.kaohe.goal;

import java.util.HashMap;
import java.util.Map;

import dev.kaohe.goal.domain.GoalLevel;
import dev.kaohe.goal.internal.Goal;
import dev.kaohe.identity.AccessPolicy;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.org.EmployeeView;
import dev.kaohe.org.Employees;
import dev.kaohe.org.OrgUnitView;
import dev.kaohe.org.OrgUnits;
import dev.kaohe.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who reaches which goal. Company goals are read by every person; a team or department goal by
 * the people of that unit and the units below it, and by managers for the units at or below their
 * own (a joint goal also by those of its partner unit, R27); an individual goal by whoever may see that person (self, managers above, HR, executives,
 * finance, auditors). Writing needs more: HR, executives and admins write every goal; a manager
 * writes the goals of their subtree and of units at or below their own; an employee drafts their
 * own goals. Auditors and finance read only. Integration tokens have no goal access.
 */
@Component
class GoalAccess {

    private final AccessPolicy access;
    private final Employees employees;
    private final OrgUnits units;

    GoalAccess(AccessPolicy access, Employees employees, OrgUnits units) {
        this.access = access;
        this.employees = employees;
        this.units = units;
    }

    CurrentUser person() {
        CurrentUser user = CurrentUser.get();
        if (user.has(Role.INTEGRATION)) {
            throw new AccessDeniedException("goals are for people, not integration tokens");
        }
        return user;
    }

    boolean writesEverything(CurrentUser user) {
        return user.hasAny(Role.HR, Role.EXECUTIVE, Role.ADMIN);
    }

    /** Roles that can never change goals: refused with 403 before anything is looked up. */
    void requireGoalWriter(CurrentUser user) {
        if (!writesEverything(user) && user.employeeId() == null) {
            throw new AccessDeniedException("this role reads goals only");
        }
    }

    boolean canRead(CurrentUser user, Goal goal) {
        return switch (goal.getLevel()) {
            case COMPANY -> true;
            case UNIT -> access.visibility(user).everyone() || unitRelated(user, goal.getOrgUnitId(), true)
                    || goal.getPartnerOrgUnitId() != null && unitRelated(user, goal.getPartnerOrgUnitId(), true);
            case PERSONAL -> access.canSee(user, goal.getOwnerEmployeeId());
        };
    }

    void requireReadable(CurrentUser user, Goal goal) {
        if (!canRead(user, goal)) {
            throw new NotFoundException("goal", goal.getId());
        }
    }

    /** Readable first (else 404), then changeable by this caller (else 403). */
    void requireWritable(CurrentUser user, Goal goal) {
        requireReadable(user, goal);
        if (!canWrite(user, goal.getLevel(), goal.getOrgUnitId(), goal.getOwnerEmployeeId())) {
            throw new AccessDeniedException("may not change this goal");
        }
    }

    boolean canWrite(CurrentUser user, GoalLevel level, Long orgUnitId, Long ownerEmployeeId) {
        if (writesEverything(user)) {
            return true;
        }
        if (user.employeeId() == null || user.hasAny(Role.AUDITOR) && !user.has(Role.MANAGER)) {
            return false;
        }
        return switch (level) {
            case COMPANY -> false;
            case UNIT -> user.has(Role.MANAGER) && orgUnitId != null && unitRelated(user, orgUnitId, false);
            case PERSONAL -> ownerEmployeeId != null && (user.isEmployee(ownerEmployeeId)
                    || user.has(Role.MANAGER) && access.canSee(user, ownerEmployeeId));
        };
    }

    /** Whether the caller may decide for (confirm as manager, approve) this person: a manager above them, or HR/executive/admin. */
    boolean managesPerson(CurrentUser user, long employeeId) {
        if (writesEverything(user)) {
            return true;
        }
        return user.has(Role.MANAGER) && !user.isEmployee(employeeId) && access.canSee(user, employeeId);
    }

    void requireVisiblePerson(CurrentUser user, long employeeId) {
        access.requireVisible(user, employeeId);
    }

    /**
     * Reading: the goal's unit is the caller's own unit or above it (the team's shared goals), or,
     * for managers, below it. Writing: the goal's unit is the manager's own unit or below it.
     */
    private boolean unitRelated(CurrentUser user, long goalUnitId, boolean reading) {
        if (user.employeeId() == null) {
            return false;
        }
        Long ownUnit = ownUnit(user);
        if (ownUnit == null) {
            return false;
        }
        Map<Long, Long> parents = parents();
        if (reading && isAtOrBelow(ownUnit, goalUnitId, parents)) {
            return true;
        }
        return user.has(Role.MANAGER) && isAtOrBelow(goalUnitId, ownUnit, parents);
    }

    Long ownUnit(CurrentUser user) {
        try {
            return employees.get(user.employeeId()).orgUnitId();
        } catch (NotFoundException e) {
            return null;
        }
    }

    Map<Long, Long> parents() {
        Map<Long, Long> parents = new HashMap<>();
        for (OrgUnitView unit : units.list()) {
            parents.put(unit.id(), unit.parentId());
        }
        return parents;
    }

    /** Whether {@code unit} is {@code ancestor} or lies below it. */
    static boolean isAtOrBelow(long unit, long ancestor, Map<Long, Long> parents) {
        Long current = unit;
        for (int depth = 0; current != null && depth < 64; depth++) {
            if (current == ancestor) {
                return true;
            }
            current = parents.get(current);
        }
        return false;
    }

    EmployeeView employee(long id) {
        return employees.get(id);
    }

    Map<Long, String> unitNames() {
        Map<Long, String> names = new HashMap<>();
        units.list().forEach(u -> names.put(u.id(), u.name()));
        return names;
    }

    OrgUnitView unit(long id) {
        return units.get(id);
    }
}
