package dev.kaohe.goal;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import dev.kaohe.goal.domain.GoalStatus;
import dev.kaohe.goal.internal.Confirmation;
import dev.kaohe.goal.internal.ConfirmationRepository;
import dev.kaohe.goal.internal.Goal;
import dev.kaohe.goal.internal.GoalRepository;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.audit.AuditTrail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-way goal agreement (R35, R36): the discussion is recorded, then the employee and a manager
 * above them each confirm; with both confirmations every individual goal of the period is locked.
 * Changing a goal or the note afterwards clears the confirmations.
 */
@Service
public class GoalConfirmations {

    private final ConfirmationRepository confirmations;
    private final GoalRepository goals;
    private final Goals goalService;
    private final GoalAccess access;
    private final GoalSettings settings;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    GoalConfirmations(ConfirmationRepository confirmations, GoalRepository goals, Goals goalService, GoalAccess access,
                      GoalSettings settings, AuditTrail audit, Messages messages, Clock clock) {
        this.confirmations = confirmations;
        this.goals = goals;
        this.goalService = goalService;
        this.access = access;
        this.settings = settings;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ConfirmationView get(long employeeId, int year, Integer quarter) {
        CurrentUser user = access.person();
        PersonGoals personGoals = goalService.ofPerson(employeeId, year, quarter);
        Confirmation c = confirmations.findPeriod(employeeId, year, quarter).orElse(null);
        boolean self = user.isEmployee(employeeId);
        boolean manager = access.managesPerson(user, employeeId);
        boolean complete = c != null && c.isComplete();
        return new ConfirmationView(personGoals, c == null ? null : c.getWhatNote(), c == null ? null : c.getHowNote(),
                c == null ? null : c.getSupportNote(), c == null ? null : c.getEmployeeConfirmedAt(),
                c == null ? null : c.getEmployeeConfirmedBy(), c == null ? null : c.getManagerConfirmedAt(),
                c == null ? null : c.getManagerConfirmedBy(), complete,
                self && !complete && (c == null || c.getEmployeeConfirmedAt() == null),
                manager && !self && !complete && (c == null || c.getManagerConfirmedAt() == null),
                (self || manager) && !complete, c == null ? 0 : c.getVersion());
    }

    @Transactional
    public ConfirmationView saveNotes(long employeeId, int year, Integer quarter, ConfirmationForm form) {
        CurrentUser user = access.person();
        access.requireVisiblePerson(user, employeeId);
        if (!user.isEmployee(employeeId) && !access.managesPerson(user, employeeId)) {
            throw new AccessDeniedException("only the employee and their managers discuss these goals");
        }
        Confirmation c = load(employeeId, year, quarter, form.version());
        if (c.isComplete()) {
            throw new ConflictException(messages.get("goal.error.confirmed"));
        }
        Map<String, Object> before = notes(c);
        c.setWhatNote(Goals.blankToNull(form.whatNote()));
        c.setHowNote(Goals.blankToNull(form.howNote()));
        c.setSupportNote(Goals.blankToNull(form.supportNote()));
        if (!before.equals(notes(c))) {
            c.resetSignatures();
        }
        c.setUpdatedAt(clock.instant());
        c = confirmations.saveAndFlush(c);
        audit.record("goal.confirmation.notes", "goal_confirmation", c.getId(), before, notes(c));
        return get(employeeId, year, quarter);
    }

    @Transactional
    public ConfirmationView confirmAsEmployee(long employeeId, int year, Integer quarter, Long version) {
        CurrentUser user = access.person();
        access.requireVisiblePerson(user, employeeId);
        if (!user.isEmployee(employeeId)) {
            throw new AccessDeniedException("only the employee confirms as the employee");
        }
        Confirmation c = load(employeeId, year, quarter, version);
        requireConfirmable(employeeId, year, quarter, c);
        c.employeeConfirmed(clock.instant(), user.username());
        return finish(c, "goal.confirmation.employee", employeeId, year, quarter);
    }

    @Transactional
    public ConfirmationView confirmAsManager(long employeeId, int year, Integer quarter, Long version) {
        CurrentUser user = access.person();
        access.requireVisiblePerson(user, employeeId);
        if (user.isEmployee(employeeId) || !access.managesPerson(user, employeeId)) {
            throw new AccessDeniedException("a manager above the employee confirms");
        }
        Confirmation c = load(employeeId, year, quarter, version);
        requireConfirmable(employeeId, year, quarter, c);
        c.managerConfirmed(clock.instant(), user.username());
        return finish(c, "goal.confirmation.manager", employeeId, year, quarter);
    }

    private ConfirmationView finish(Confirmation c, String action, long employeeId, int year, Integer quarter) {
        c.setUpdatedAt(clock.instant());
        c = confirmations.saveAndFlush(c);
        audit.record(action, "goal_confirmation", c.getId(), null, Map.of("employeeId", employeeId, "year", year,
                "quarter", quarter == null ? "" : quarter, "complete", c.isComplete()));
        if (c.isComplete()) {
            for (Goal goal : goals.findPersonal(employeeId, year, quarter)) {
                goal.setStatus(GoalStatus.CONFIRMED);
                goal.setUpdatedAt(clock.instant());
                audit.record("goal.lock", "goal", goal.getId(), Map.of("status", "DRAFT"), Map.of("status", "CONFIRMED"));
            }
            goals.flush();
        }
        return get(employeeId, year, quarter);
    }

    private void requireConfirmable(long employeeId, int year, Integer quarter, Confirmation c) {
        if (c.isComplete()) {
            throw new ConflictException(messages.get("goal.error.confirmed"));
        }
        List<Goal> own = goals.findPersonal(employeeId, year, quarter);
        if (own.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldProblem("goals", null, messages.get("goal.error.noGoals"))));
        }
        var weights = settings.weightRule().check(Goals.weighted(own));
        if (settings.confirmRequiresFullWeight() && !weights.sumsToTotal()) {
            throw new InvalidInputException(List.of(new FieldProblem("weight", weights.sum().toPlainString(),
                    messages.get("goal.error.weightSum", weights.sum().stripTrailingZeros().toPlainString(),
                            settings.weightTotal().stripTrailingZeros().toPlainString()))));
        }
    }

    private Confirmation load(long employeeId, int year, Integer quarter, Long version) {
        Confirmation c = confirmations.findPeriod(employeeId, year, quarter).orElseGet(() -> new Confirmation(employeeId, year, quarter));
        long current = c.getId() == null ? 0 : c.getVersion();
        if (version != null && version != current) {
            throw new ConflictException(messages.get("goal.error.staleConfirmation"));
        }
        return c;
    }

    private static Map<String, Object> notes(Confirmation c) {
        return Map.of("what", String.valueOf(c.getWhatNote()), "how", String.valueOf(c.getHowNote()),
                "support", String.valueOf(c.getSupportNote()));
    }
}
