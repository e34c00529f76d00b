package dev.kaohe.goal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.kaohe.goal.domain.ActionStatus;
import dev.kaohe.goal.domain.CheckInKind;
import dev.kaohe.goal.domain.Direction;
import dev.kaohe.goal.internal.ActionStep;
import dev.kaohe.goal.internal.ActionStepRepository;
import dev.kaohe.goal.internal.CheckIn;
import dev.kaohe.goal.internal.CheckInRepository;
import dev.kaohe.goal.internal.Goal;
import dev.kaohe.goal.internal.GoalRepository;
import dev.kaohe.goal.internal.KeyResult;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.NotFoundException;
import dev.kaohe.platform.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working on a goal: its action plan (R39–R41) and its check-ins (R43, R44). Both go on after the
 * goal is confirmed; the goal's actual value is its latest check-in.
 */
@Service
public class GoalExecution {

    private final ActionStepRepository actions;
    private final CheckInRepository checkIns;
    private final GoalRepository goals;
    private final Goals goalService;
    private final GoalAccess access;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    GoalExecution(ActionStepRepository actions, CheckInRepository checkIns, GoalRepository goals, Goals goalService,
                  GoalAccess access, AuditTrail audit, Messages messages, Clock clock) {
        this.actions = actions;
        this.checkIns = checkIns;
        this.goals = goals;
        this.goalService = goalService;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ActionView> actions(long goalId) {
        readable(goalId);
        return actions.findByGoalIdOrderById(goalId).stream().map(GoalExecution::view).toList();
    }

    @Transactional
    public ActionView addAction(long goalId, ActionForm form) {
        writable(goalId);
        ActionStep step = new ActionStep(goalId);
        apply(step, form);
        step = actions.saveAndFlush(step);
        audit.record("goal.action.create", "goal_action", step.getId(), null, view(step));
        return view(step);
    }

    @Transactional
    public ActionView updateAction(long goalId, long actionId, ActionForm form) {
        writable(goalId);
        ActionStep step = actions.findById(actionId).filter(a -> a.getGoalId() == goalId)
                .orElseThrow(() -> new NotFoundException("goal action", actionId));
        if (form.version() == null || form.version() != step.getVersion()) {
            throw new ConflictException(messages.get("goal.error.staleAction"));
        }
        ActionView before = view(step);
        apply(step, form);
        actions.saveAndFlush(step);
        audit.record("goal.action.update", "goal_action", actionId, before, view(step));
        return view(step);
    }

    @Transactional(readOnly = true)
    public List<CheckInView> checkIns(long goalId) {
        Goal goal = readable(goalId);
        return checkIns.findByGoalIdOrderByPeriodDateAscIdAsc(goalId).stream().map(c -> view(c, goal)).toList();
    }

    @Transactional
    public CheckInView checkIn(long goalId, CheckInForm form) {
        Goal goal = writable(goalId);
        List<FieldProblem> problems = new ArrayList<>();
        CheckInKind kind = form.kind() == null ? CheckInKind.WEEKLY : form.kind();
        if (form.periodDate() == null) {
            problems.add(problem("periodDate", null, "goal.error.required", messages.get("goal.checkin.periodDate")));
        }
        if (form.value() == null) {
            problems.add(problem("value", null, "goal.error.required", messages.get("goal.checkin.value")));
        }
        KeyResult keyResult = null;
        if (form.keyResultId() != null) {
            keyResult = goal.getKeyResults().stream().filter(k -> k.getId().equals(form.keyResultId())).findFirst().orElse(null);
            if (keyResult == null) {
                problems.add(problem("keyResultId", String.valueOf(form.keyResultId()), "goal.error.unknown", messages.get("goal.checkin.keyResult")));
            } else if (form.value() != null && (form.value().signum() < 0 || form.value().compareTo(BigDecimal.valueOf(100)) > 0)) {
                problems.add(problem("value", form.value().toPlainString(), "goal.error.progressRange", 1));
            }
        }
        BigDecimal planned = form.plannedValue();
        if (kind == CheckInKind.MONTHLY && planned == null) {
            planned = keyResult != null ? BigDecimal.valueOf(100) : goal.getTargetValue();
        }
        boolean shortfall = kind == CheckInKind.MONTHLY && isShortfall(form.value(), planned,
                keyResult != null ? Direction.HIGHER : goal.getDirection());
        if (shortfall && form.shortfallCause() == null) {
            problems.add(problem("shortfallCause", null, "goal.error.shortfallCause",
                    form.value().stripTrailingZeros().toPlainString(), planned.stripTrailingZeros().toPlainString()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CheckIn checkIn = checkIns.saveAndFlush(new CheckIn(goalId, kind, form.periodDate(), form.value(), planned,
                form.keyResultId(), Goals.blankToNull(form.note()), shortfall ? form.shortfallCause() : null,
                CurrentUser.get().username(), clock.instant()));
        BigDecimal before = keyResult != null ? keyResult.getProgress() : goal.getActualValue();
        if (keyResult != null) {
            keyResult.setProgress(form.value());
        } else {
            goal.setActualValue(form.value());
        }
        goal.setUpdatedAt(clock.instant());
        goals.saveAndFlush(goal);
        Map<String, Object> after = new HashMap<>();
        after.put("kind", kind.name());
        after.put("periodDate", form.periodDate().toString());
        after.put("value", form.value());
        after.put("plannedValue", planned);
        after.put("keyResultId", form.keyResultId());
        after.put("shortfallCause", checkIn.getShortfallCause() == null ? null : checkIn.getShortfallCause().name());
        after.put("previous", before);
        audit.record("goal.checkin", "goal", goalId, null, after);
        return view(checkIn, goal);
    }

    static boolean isShortfall(BigDecimal value, BigDecimal planned, Direction direction) {
        if (value == null || planned == null) {
            return false;
        }
        return direction == Direction.LOWER ? value.compareTo(planned) > 0 : value.compareTo(planned) < 0;
    }

    private Goal readable(long goalId) {
        CurrentUser user = access.person();
        Goal goal = goalService.load(goalId);
        access.requireReadable(user, goal);
        return goal;
    }

    private Goal writable(long goalId) {
        CurrentUser user = access.person();
        access.requireGoalWriter(user);
        Goal goal = goalService.load(goalId);
        access.requireWritable(user, goal);
        return goal;
    }

    private void apply(ActionStep step, ActionForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.step() == null || form.step().isBlank()) {
            problems.add(problem("step", null, "goal.error.required", messages.get("goal.action.step")));
        } else if (form.step().length() > 500) {
            problems.add(problem("step", form.step(), "goal.error.tooLong", messages.get("goal.action.step"), 500));
        }
        if (form.ownerName() == null || form.ownerName().isBlank()) {
            problems.add(problem("ownerName", null, "goal.error.required", messages.get("goal.action.owner")));
        }
        if (form.budget() != null && form.budget().signum() < 0) {
            problems.add(problem("budget", form.budget().toPlainString(), "goal.error.negative", messages.get("goal.action.budget")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        step.setStep(form.step().strip());
        step.setOwnerName(form.ownerName().strip());
        step.setDueDate(form.dueDate());
        step.setBudget(form.budget());
        step.setTools(Goals.blankToNull(form.tools()));
        step.setPeople(Goals.blankToNull(form.people()));
        step.setRisk(Goals.blankToNull(form.risk()));
        step.setCountermeasure(Goals.blankToNull(form.countermeasure()));
        step.setStatus(form.status() == null ? ActionStatus.NOT_STARTED : form.status());
    }

    private static ActionView view(ActionStep a) {
        return new ActionView(a.getId(), a.getGoalId(), a.getStep(), a.getOwnerName(), a.getDueDate(), Goals.plain(a.getBudget()),
                a.getTools(), a.getPeople(), a.getRisk(), a.getCountermeasure(), a.getStatus(), a.getVersion());
    }

    private static CheckInView view(CheckIn c, Goal goal) {
        return new CheckInView(c.getId(), c.getGoalId(), c.getKind(), c.getPeriodDate(), Goals.plain(c.getValue()), Goals.plain(c.getPlannedValue()),
                c.getKeyResultId(), c.getNote(), c.getShortfallCause(),
                c.getKind() == CheckInKind.MONTHLY && isShortfall(c.getValue(), c.getPlannedValue(),
                        c.getKeyResultId() != null ? Direction.HIGHER : goal.getDirection()),
                c.getCreatedBy(), c.getCreatedAt());
    }

    private FieldProblem problem(String field, String value, String key, Object... args) {
        return new FieldProblem(field, value, messages.get(key, args));
    }
}
