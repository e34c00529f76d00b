package dev.kaohe.cycle;

import java.util.List;

import dev.kaohe.identity.RoleHolders;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * HR's work in calibration and publication: while the cycle stands in one of these phases HR still owes it (calibrate
 * the grades; publish within R173's 5 working days of the period's end). Every employee whose account holds one of
 * {@code kaohe.cycle.hr-reminder-roles} (default HR) is reminded before the phase's deadline; once it has passed the
 * holders of {@code kaohe.cycle.hr-escalation-roles} (default HR and ADMIN) are told it is overdue — HR has no line
 * manager who owns the step, so the escalation goes to the function and the administrators. Accounts without a
 * linked employee get no notice: notices go to employees.
 */
@Component
@Order(100)
class HrPendingWork implements PendingWork {

    private final RoleHolders roles;
    private final CycleSettings settings;

    HrPendingWork(RoleHolders roles, CycleSettings settings) {
        this.roles = roles;
        this.settings = settings;
    }

    @Override
    public boolean covers(CyclePhase phase) {
        return phase.hrWork();
    }

    @Override
    public List<Task> pending(CycleView cycle, CyclePhase phase, List<ParticipantView> participants) {
        List<Long> escalateTo = roles.employeeIds(settings.hrEscalationRoles());
        return roles.employeeIds(settings.hrReminderRoles()).stream()
                .map(hr -> new Task(null, hr, null, null, escalateTo))
                .toList();
    }
}
