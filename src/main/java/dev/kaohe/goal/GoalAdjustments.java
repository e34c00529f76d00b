package dev.kaohe.goal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.kaohe.goal.domain.AdjustmentLimit;
import dev.kaohe.goal.domain.AdjustmentStatus;
import dev.kaohe.goal.domain.Quarter;
import dev.kaohe.goal.internal.Adjustment;
import dev.kaohe.goal.internal.AdjustmentRepository;
import dev.kaohe.goal.internal.Goal;
import dev.kaohe.goal.internal.GoalRepository;
import dev.kaohe.goal.internal.GoalRevision;
import dev.kaohe.goal.internal.GoalRevisionRepository;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.NotFoundException;
import dev.kaohe.platform.audit.AuditTrail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Goal adjustment requests (R46): only for force majeure, at most {@code adjustmentsPerQuarter} per goal
 * per quarter (blocked or warned). Each request names its approver: the requester's manager on the
 * reporting line, or HR when the requester has none; only that person, HR or an admin decides, never the
 * requester. An approval keeps the previous values as a revision and gives the goal its next revision number.
 */
@Service
public class GoalAdjustments {

    private final AdjustmentRepository adjustments;
    private final GoalRepository goals;
    private final GoalRevisionRepository revisions;
    private final Goals goalService;
    private final GoalAccess access;
    private final GoalSettings settings;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    GoalAdjustments(AdjustmentRepository adjustments, GoalRepository goals, GoalRevisionRepository revisions,
                    Goals goalService, GoalAccess access, GoalSettings settings, AuditTrail audit, Messages messages, Clock clock) {
        this.adjustments = adjustments;
        this.goals = goals;
        this.revisions = revisions;
        this.goalService = goalService;
        this.access = access;
        this.settings = settings;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public AdjustmentView request(long goalId, AdjustmentForm form) {
        CurrentUser user = access.person();
        access.requireGoalWriter(user);
        Goal goal = goalService.load(goalId);
        access.requireWritable(user, goal);
        List<FieldProblem> problems = new ArrayList<>();
        if (form.reasonCategory() == null) {
            problems.add(problem("reasonCategory", null, "goal.error.required", messages.get("goal.adjustment.reasonCategory")));
        }
        if (form.reason() == null || form.reason().isBlank()) {
            problems.add(problem("reason", null, "goal.error.required", messages.get("goal.adjustment.reason")));
        }
        boolean changes = form.requestedTarget() != null && !sameNumber(form.requestedTarget(), goal.getTargetValue())
                || form.requestedChallenge() != null && !sameNumber(form.requestedChallenge(), goal.getChallengeValue())
                || form.requestedDueDate() != null && !form.requestedDueDate().equals(goal.getDueDate());
        if (!changes) {
            problems.add(problem("requestedTarget", null, "goal.error.noChange"));
        }
        if (form.requestedTarget() != null && form.requestedTarget().signum() < 0) {
            problems.add(problem("requestedTarget", form.requestedTarget().toPlainString(), "goal.error.negative", messages.get("goal.adjustment.requestedTarget")));
        }
        Quarter quarter = Quarter.of(LocalDate.now(clock));
        int earlier = (int) adjustments.countByGoalIdAndQuarterYearAndQuarterOfYearAndStatusNot(goalId, quarter.year(),
                quarter.quarter(), AdjustmentStatus.REJECTED);
        AdjustmentLimit.Decision decision = settings.adjustmentLimit().decide(earlier);
        if (decision == AdjustmentLimit.Decision.BLOCK) {
            problems.add(problem("goalId", String.valueOf(goalId), "goal.error.adjustmentLimit", earlier, settings.adjustmentsPerQuarter()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Adjustment adjustment = adjustments.saveAndFlush(new Adjustment(goal, form.reasonCategory(), form.reason().strip(),
                form.requestedTarget(), form.requestedChallenge(), form.requestedDueDate(), quarter.year(), quarter.quarter(),
                earlier + 1, user.username(), clock.instant()));
        nameApprover(adjustment, user);
        adjustments.saveAndFlush(adjustment);
        audit.record("goal.adjustment.request", "goal_adjustment", adjustment.getId(), null, state(adjustment));
        String warning = decision == AdjustmentLimit.Decision.WARN
                ? messages.get("goal.warn.adjustmentLimit", earlier + 1, settings.adjustmentsPerQuarter()) : null;
        return view(adjustment, goal, user, warning);
    }

    @Transactional
    public AdjustmentView decide(long adjustmentId, AdjustmentDecision decision) {
        CurrentUser user = access.person();
        access.requireGoalWriter(user);
        Adjustment adjustment = adjustments.findById(adjustmentId).orElseThrow(() -> new NotFoundException("goal adjustment", adjustmentId));
        Goal goal = goalService.load(adjustment.getGoalId());
        access.requireReadable(user, goal);
        if (!canDecide(user, adjustment)) {
            throw new AccessDeniedException("only the named approver, HR or an admin decides this request");
        }
        if (decision.approve() == null) {
            throw new InvalidInputException(List.of(problem("approve", null, "goal.error.required", messages.get("goal.adjustment.decision"))));
        }
        if (decision.version() != null && decision.version() != adjustment.getVersion()) {
            throw new ConflictException(messages.get("goal.error.staleAdjustment"));
        }
        if (adjustment.getStatus() != AdjustmentStatus.PENDING) {
            throw new ConflictException(messages.get("goal.error.decided"));
        }
        Map<String, Object> before = state(adjustment);
        adjustment.decide(decision.approve() ? AdjustmentStatus.APPROVED : AdjustmentStatus.REJECTED, user.username(),
                clock.instant(), Goals.blankToNull(decision.note()));
        adjustments.saveAndFlush(adjustment);
        audit.record(decision.approve() ? "goal.adjustment.approve" : "goal.adjustment.reject", "goal_adjustment",
                adjustment.getId(), before, state(adjustment));
        if (decision.approve()) {
            Goals.State goalBefore = Goals.State.of(goal);
            revisions.save(new GoalRevision(goal, adjustment.getId(), clock.instant()));
            if (adjustment.getRequestedTarget() != null) {
                goal.setTargetValue(adjustment.getRequestedTarget());
            }
            if (adjustment.getRequestedChallenge() != null) {
                goal.setChallengeValue(adjustment.getRequestedChallenge());
            }
            if (adjustment.getRequestedDueDate() != null) {
                goal.setDueDate(adjustment.getRequestedDueDate());
            }
            goal.setRevision(goal.getRevision() + 1);
            goal.setUpdatedAt(clock.instant());
            goalService.smart(goal);
            goals.saveAndFlush(goal);
            audit.record("goal.adjust", "goal", goal.getId(), goalBefore, Goals.State.of(goal));
        }
        return view(adjustment, goal, user, null);
    }

    @Transactional(readOnly = true)
    public List<AdjustmentView> ofGoal(long goalId) {
        CurrentUser user = access.person();
        Goal goal = goalService.load(goalId);
        access.requireReadable(user, goal);
        return adjustments.findByGoalIdOrderById(goalId).stream().map(a -> view(a, goal, user, null)).toList();
    }

    /** Requests the caller could see, oldest first; with {@code status} only those. */
    @Transactional(readOnly = true)
    public List<AdjustmentView> list(AdjustmentStatus status) {
        return search(status, null, false, org.springframework.data.domain.Pageable.unpaged()).getContent();
    }

    /**
     * One page of the requests the caller could see, oldest first; with {@code status} only those, with
     * {@code q} only those whose goal title, owner or requester contains it, with {@code waitingForMe}
     * only the pending ones the caller is named to decide.
     */
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<AdjustmentView> search(AdjustmentStatus status, String q, boolean waitingForMe,
                                                                      org.springframework.data.domain.Pageable pageable) {
        CurrentUser user = access.person();
        List<Adjustment> all = status == null ? adjustments.findAll(org.springframework.data.domain.Sort.by("id"))
                : adjustments.findByStatusOrderById(status);
        String needle = q == null || q.isBlank() ? null : q.strip().toLowerCase(java.util.Locale.ROOT);
        List<AdjustmentView> out = new ArrayList<>();
        for (Adjustment a : all) {
            Goal goal = goals.findById(a.getGoalId()).orElse(null);
            if (goal != null && access.canRead(user, goal) && (!waitingForMe || waitingFor(user, a)) && (needle == null || contains(goal.getTitle(), needle)
                    || contains(goal.getOwnerName(), needle) || contains(a.getRequestedBy(), needle))) {
                out.add(view(a, goal, user, null));
            }
        }
        if (pageable.isUnpaged()) {
            return new org.springframework.data.domain.PageImpl<>(out);
        }
        int from = (int) Math.min(pageable.getOffset(), out.size());
        int to = Math.min(from + pageable.getPageSize(), out.size());
        return new org.springframework.data.domain.PageImpl<>(out.subList(from, to), pageable, out.size());
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(java.util.Locale.ROOT).contains(needle);
    }

    /** Revisions of a goal before each approved adjustment. */
    @Transactional(readOnly = true)
    public List<RevisionView> revisions(long goalId) {
        CurrentUser user = access.person();
        access.requireReadable(user, goalService.load(goalId));
        return revisions.findByGoalIdOrderByRevision(goalId).stream().map(r -> new RevisionView(r.getRevision(), r.getTitle(),
                Goals.plain(r.getTargetValue()), Goals.plain(r.getChallengeValue()), r.getDueDate(), Goals.plain(r.getWeight()), r.getAdjustmentId(), r.getValidUntil())).toList();
    }

    /** The requester's manager from the reporting line; HR when the requester has none (or is no employee). */
    private void nameApprover(Adjustment adjustment, CurrentUser requester) {
        Long requesterId = requester.employeeId();
        dev.kaohe.org.EmployeeView employee = null;
        if (requesterId != null) {
            try {
                employee = access.employee(requesterId);
            } catch (NotFoundException e) {
                employee = null;
            }
        }
        if (employee != null && employee.managerId() != null) {
            adjustment.nameApprover(requesterId, employee.managerId(), employee.managerName());
        } else {
            adjustment.nameApprover(requesterId, null, null);
        }
    }

    /** Only the named approver, or HR and admins, decide; never the requester. */
    private boolean canDecide(CurrentUser user, Adjustment adjustment) {
        if (user.username().equals(adjustment.getRequestedBy())
                || adjustment.getRequesterEmployeeId() != null && user.isEmployee(adjustment.getRequesterEmployeeId())) {
            return false;
        }
        if (user.hasAny(Role.HR, Role.ADMIN)) {
            return true;
        }
        return adjustment.getApproverEmployeeId() != null && user.isEmployee(adjustment.getApproverEmployeeId());
    }

    private boolean waitingFor(CurrentUser user, Adjustment adjustment) {
        if (adjustment.getStatus() != AdjustmentStatus.PENDING || !canDecide(user, adjustment)) {
            return false;
        }
        return adjustment.getApproverEmployeeId() == null ? user.hasAny(Role.HR, Role.ADMIN)
                : user.isEmployee(adjustment.getApproverEmployeeId());
    }

    private AdjustmentView view(Adjustment a, Goal goal, CurrentUser user, String warning) {
        return new AdjustmentView(a.getId(), a.getGoalId(), goal.getTitle(), goal.getOwnerName(), a.getReasonCategory(),
                a.getReason(), Goals.plain(a.getOriginalTarget()), Goals.plain(a.getOriginalChallenge()), a.getOriginalDueDate(),
                Goals.plain(a.getRequestedTarget()), Goals.plain(a.getRequestedChallenge()), a.getRequestedDueDate(), a.getCountInQuarter(), a.getStatus(), a.getRequestedBy(),
                a.getRequestedAt(), a.getDecidedBy(), a.getDecidedAt(), a.getDecisionNote(),
                a.getStatus() == AdjustmentStatus.PENDING && canDecide(user, a), warning, a.getVersion(),
                a.getApproverEmployeeId(), a.getApproverName(), waitingFor(user, a));
    }

    private static boolean sameNumber(java.math.BigDecimal a, java.math.BigDecimal b) {
        return b != null && a.compareTo(b) == 0;
    }

    private static Map<String, Object> state(Adjustment a) {
        Map<String, Object> state = new java.util.HashMap<>();
        state.put("goalId", a.getGoalId());
        state.put("reasonCategory", a.getReasonCategory().name());
        state.put("reason", a.getReason());
        state.put("originalTarget", a.getOriginalTarget());
        state.put("requestedTarget", a.getRequestedTarget());
        state.put("originalDueDate", Objects.toString(a.getOriginalDueDate(), null));
        state.put("requestedDueDate", Objects.toString(a.getRequestedDueDate(), null));
        state.put("countInQuarter", a.getCountInQuarter());
        state.put("status", a.getStatus().name());
        state.put("decidedBy", a.getDecidedBy());
        state.put("decisionNote", a.getDecisionNote());
        return state;
    }

    private FieldProblem problem(String field, String value, String key, Object... args) {
        return new FieldProblem(field, value, messages.get(key, args));
    }
}
