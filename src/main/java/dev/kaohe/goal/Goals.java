package dev.kaohe.goal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.kaohe.goal.domain.Direction;
import dev.kaohe.goal.domain.GoalCategory;
import dev.kaohe.goal.domain.GoalLevel;
import dev.kaohe.goal.domain.GoalType;
import dev.kaohe.goal.domain.Progress;
import dev.kaohe.goal.domain.SmartCheck;
import dev.kaohe.goal.domain.WeightRule;
import dev.kaohe.goal.internal.ConfirmationRepository;
import dev.kaohe.goal.internal.Goal;
import dev.kaohe.goal.internal.GoalRepository;
import dev.kaohe.goal.internal.KeyResult;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.org.EmployeeView;
import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.NotFoundException;
import dev.kaohe.platform.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Company, team and individual goals: reading within reach, creating and editing drafts, the SMART
 * check stored with each goal and the rule warnings (weights, tenure, core-goal count) shown with it.
 */
@Service
public class Goals {

    private final GoalRepository goals;
    private final ConfirmationRepository confirmations;
    private final GoalAccess access;
    private final GoalSettings settings;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;
    private final dev.kaohe.indicator.Indicators indicators;

    Goals(GoalRepository goals, ConfirmationRepository confirmations, GoalAccess access, GoalSettings settings,
          AuditTrail audit, Messages messages, Clock clock, dev.kaohe.indicator.Indicators indicators) {
        this.indicators = indicators;
        this.goals = goals;
        this.confirmations = confirmations;
        this.access = access;
        this.settings = settings;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public GoalView get(long id) {
        CurrentUser user = access.person();
        Goal goal = load(id);
        access.requireReadable(user, goal);
        return view(goal, true);
    }

    /** Whether the caller may edit this goal (and it is not locked). */
    @Transactional(readOnly = true)
    public boolean canEdit(long id) {
        CurrentUser user = access.person();
        Goal goal = load(id);
        return !goal.isLocked() && access.canRead(user, goal)
                && access.canWrite(user, goal.getLevel(), goal.getOrgUnitId(), goal.getOwnerEmployeeId());
    }

    /** Whether the caller may create goals at this level at all (for showing buttons). */
    public boolean canCreate(GoalLevel level) {
        CurrentUser user = access.person();
        return switch (level) {
            case COMPANY -> access.writesEverything(user);
            case UNIT -> access.writesEverything(user) || user.has(dev.kaohe.identity.Role.MANAGER);
            case PERSONAL -> access.writesEverything(user) || user.employeeId() != null;
        };
    }

    /** The goals of a period the caller may read, optionally of one level. */
    @Transactional(readOnly = true)
    public List<GoalView> list(int year, Integer quarter, GoalLevel level) {
        CurrentUser user = access.person();
        return goals.findPeriod(year, quarter).stream()
                .filter(g -> level == null || g.getLevel() == level)
                .filter(g -> access.canRead(user, g))
                .map(g -> view(g, false)).toList();
    }

    /**
     * One page of the goals the caller may read. Reach is decided per goal (reporting lines and unit
     * trees), so the period's goals are filtered here and the page cut from what remains.
     */
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<GoalView> search(GoalFilter filter, org.springframework.data.domain.Pageable pageable) {
        CurrentUser user = access.person();
        List<GoalView> all = (filter.archived() ? goals.findPeriodWithArchived(filter.year(), filter.quarter())
                : goals.findPeriod(filter.year(), filter.quarter())).stream()
                .filter(g -> filter.level() == null || g.getLevel() == filter.level())
                .filter(g -> access.canRead(user, g))
                .map(g -> view(g, false))
                .filter(filter::matches).toList();
        int from = (int) Math.min(pageable.getOffset(), all.size());
        int to = Math.min(from + pageable.getPageSize(), all.size());
        return new org.springframework.data.domain.PageImpl<>(all.subList(from, to), pageable, all.size());
    }

    /** One person's goals of a period, with the weight warnings of the whole set. */
    @Transactional(readOnly = true)
    public PersonGoals ofPerson(long employeeId, int year, Integer quarter) {
        CurrentUser user = access.person();
        access.requireVisiblePerson(user, employeeId);
        EmployeeView employee = access.employee(employeeId);
        List<Goal> own = goals.findPersonal(employeeId, year, quarter);
        WeightRule.WeightCheck weights = settings.weightRule().check(weighted(own));
        List<String> teamGoals = goals.findOfUnit(employee.orgUnitId(), GoalLevel.UNIT, year, quarter).stream().map(Goal::getTitle).toList();
        return new PersonGoals(employeeId, employee.name(), employee.positionName(), employee.orgUnitName(), year, quarter,
                own.stream().map(g -> view(g, true)).toList(), plain(weights.sum()), weights.outcomeShare(),
                weights.processShare(), weightWarnings(weights), access.canWrite(user, GoalLevel.PERSONAL, null, employeeId),
                settings.teamLinkedShare(), teamGoals);
    }

    @Transactional
    public GoalView create(GoalForm form) {
        CurrentUser user = access.person();
        access.requireGoalWriter(user);
        if (form.level() == null) {
            throw new InvalidInputException(List.of(problem("level", null, "goal.error.required", label("level"))));
        }
        Goal goal = new Goal(form.level(), user.username());
        switch (form.level()) {
            case PERSONAL -> {
                if (form.ownerEmployeeId() == null) {
                    throw new InvalidInputException(List.of(problem("ownerEmployeeId", null, "goal.error.required", label("ownerEmployeeId"))));
                }
                access.requireVisiblePerson(user, form.ownerEmployeeId());
                EmployeeView owner = access.employee(form.ownerEmployeeId());
                goal.setOwnerEmployeeId(owner.id());
                goal.setOwnerName(owner.name());
                goal.setOrgUnitId(owner.orgUnitId());
            }
            case UNIT -> {
                if (form.orgUnitId() == null) {
                    throw new InvalidInputException(List.of(problem("orgUnitId", null, "goal.error.required", label("orgUnitId"))));
                }
                try {
                    access.unit(form.orgUnitId());
                } catch (NotFoundException e) {
                    throw new InvalidInputException(List.of(problem("orgUnitId", String.valueOf(form.orgUnitId()), "goal.error.unknown", label("orgUnitId"))));
                }
                goal.setOrgUnitId(form.orgUnitId());
            }
            case COMPANY -> goal.setSource(form.source());
        }
        if (!access.canWrite(user, goal.getLevel(), goal.getOrgUnitId(), goal.getOwnerEmployeeId())) {
            throw new org.springframework.security.access.AccessDeniedException("may not create this goal");
        }
        goal.setYear(form.year() == null ? 0 : form.year());
        goal.setQuarter(form.quarter());
        validate(goal, form, user, true);
        apply(goal, form);
        goal.setParentId(form.parentId());
        goal.setUpdatedAt(clock.instant());
        smart(goal);
        goal = goals.saveAndFlush(goal);
        audit.record("goal.create", "goal", goal.getId(), null, State.of(goal));
        resetConfirmation(goal);
        return view(goal, true);
    }

    @Transactional
    public GoalView update(long id, GoalForm form) {
        CurrentUser user = access.person();
        access.requireGoalWriter(user);
        Goal goal = load(id);
        access.requireWritable(user, goal);
        requireVersion(goal, form.version());
        if (goal.isLocked()) {
            throw new ConflictException(messages.get("goal.error.locked"));
        }
        validate(goal, form, user, false);
        State before = State.of(goal);
        if (goal.getLevel() == GoalLevel.COMPANY) {
            goal.setSource(form.source());
        }
        goal.setParentId(form.parentId());
        goal.setQuarter(form.quarter());
        goal.setYear(form.year());
        apply(goal, form);
        goal.setUpdatedAt(clock.instant());
        smart(goal);
        goals.saveAndFlush(goal);
        audit.record("goal.update", "goal", id, before, State.of(goal));
        resetConfirmation(goal);
        return view(goal, true);
    }

    /**
     * Archives a goal instead of deleting it: it leaves lists and sums but stays on record. A goal whose
     * children are confirmed stays (those goals depend on it), and so does a locked goal.
     */
    @Transactional
    public GoalView archive(long id, Long version) {
        CurrentUser user = access.person();
        access.requireGoalWriter(user);
        Goal goal = load(id);
        access.requireWritable(user, goal);
        requireVersion(goal, version);
        if (goal.isLocked()) {
            throw new ConflictException(messages.get(goal.isArchived() ? "goal.error.archived" : "goal.error.locked"));
        }
        long confirmedChildren = goals.countByParentIdAndStatus(id, dev.kaohe.goal.domain.GoalStatus.CONFIRMED);
        if (confirmedChildren > 0) {
            throw new ConflictException(messages.get("goal.error.confirmedChildren", confirmedChildren));
        }
        State before = State.of(goal);
        goal.setStatus(dev.kaohe.goal.domain.GoalStatus.ARCHIVED);
        goal.setUpdatedAt(clock.instant());
        goals.saveAndFlush(goal);
        audit.record("goal.archive", "goal", id, before, State.of(goal));
        return view(goal, true);
    }

    /** The SMART result of a goal as entered, without saving anything. */
    public GoalView.SmartView checkSmart(GoalForm form) {
        access.person();
        return smartView(smartResult(form.level(), form.title(), form.type(), form.targetValue(), form.unit(), form.dueDate(),
                form.level() == GoalLevel.PERSONAL ? form.ownerEmployeeId() != null : true, form.dataSource(), form.parentId() != null,
                form.challengeValue(), form.keyResults() == null ? List.of() : form.keyResults().stream()
                        .map(k -> new KeyResult(0, k.title(), k.targetValue(), k.unit(), k.progress(), k.weight())).toList()));
    }

    Goal load(long id) {
        return goals.findById(id).orElseThrow(() -> new NotFoundException("goal", id));
    }

    void requireVersion(Goal goal, Long submitted) {
        if (submitted == null) {
            throw new InvalidInputException(List.of(problem("version", null, "goal.error.required", "version")));
        }
        if (submitted != goal.getVersion()) {
            throw new ConflictException(messages.get("goal.error.stale", goal.getVersion()));
        }
    }

    private void resetConfirmation(Goal goal) {
        if (goal.getLevel() != GoalLevel.PERSONAL) {
            return;
        }
        confirmations.findPeriod(goal.getOwnerEmployeeId(), goal.getYear(), goal.getQuarter())
                .filter(c -> c.getEmployeeConfirmedAt() != null || c.getManagerConfirmedAt() != null)
                .ifPresent(c -> {
                    c.resetSignatures();
                    c.setUpdatedAt(clock.instant());
                    audit.record("goal.confirmation.reset", "goal_confirmation", c.getId(), null, java.util.Map.of("goalId", goal.getId()));
                });
    }

    private void validate(Goal goal, GoalForm form, CurrentUser user, boolean creating) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.title() == null || form.title().isBlank()) {
            problems.add(problem("title", null, "goal.error.required", label("title")));
        } else if (form.title().strip().length() > 200) {
            problems.add(problem("title", form.title(), "goal.error.tooLong", label("title"), 200));
        }
        if (form.year() == null || form.year() < 2000 || form.year() > 2100) {
            problems.add(problem("year", form.year() == null ? null : String.valueOf(form.year()), "goal.error.year"));
        }
        if (form.quarter() != null && (form.quarter() < 1 || form.quarter() > 4)) {
            problems.add(problem("quarter", String.valueOf(form.quarter()), "goal.error.quarter"));
        }
        if (goal.getLevel() == GoalLevel.COMPANY && form.source() == null) {
            problems.add(problem("source", null, "goal.error.required", label("source")));
        }
        BigDecimal weight = form.weight();
        if (weight != null && (weight.signum() < 0 || weight.compareTo(BigDecimal.valueOf(100)) > 0)) {
            problems.add(problem("weight", weight.toPlainString(), "goal.error.weightRange"));
        }
        if (form.challengeValue() != null && form.challengeValue().signum() < 0) {
            problems.add(problem("challengeValue", form.challengeValue().toPlainString(), "goal.error.negative", label("challengeValue")));
        }
        if (form.type() == GoalType.OKR) {
            if (form.keyResults() == null || form.keyResults().stream().noneMatch(k -> k.title() != null && !k.title().isBlank())) {
                problems.add(problem("keyResults", null, "goal.error.keyResultsRequired"));
            } else {
                int n = 0;
                for (GoalForm.KeyResultForm kr : form.keyResults()) {
                    n++;
                    if (kr.title() == null || kr.title().isBlank()) {
                        continue;
                    }
                    if (kr.progress() != null && (kr.progress().signum() < 0 || kr.progress().compareTo(BigDecimal.valueOf(100)) > 0)) {
                        problems.add(problem("keyResults[" + (n - 1) + "].progress", kr.progress().toPlainString(), "goal.error.progressRange", n));
                    }
                }
            }
        }
        if (form.unit() != null && form.unit().strip().length() > 32) {
            problems.add(problem("unit", form.unit(), "goal.error.tooLong", label("unit"), 32));
        }
        if (form.indicatorCode() != null && form.indicatorCode().strip().length() > 64) {
            problems.add(problem("indicatorCode", form.indicatorCode(), "goal.error.tooLong", label("indicatorCode"), 64));
        } else if (form.type() != GoalType.OKR && blankToNull(form.indicatorCode()) != null
                && (creating || !form.indicatorCode().strip().equals(goal.getIndicatorCode()))) {
            // a goal keeps a code that was valid when given; a new or changed code must name an indicator in use
            String code = form.indicatorCode().strip();
            boolean inUse = indicators.byCodes(List.of(code)).stream().anyMatch(i -> i.code().equals(code) && i.active());
            if (!inUse) {
                problems.add(problem("indicatorCode", code, "goal.error.indicator", code));
            }
        }
        if (form.parentId() != null) {
            Optional<Goal> parent = goals.findById(form.parentId());
            if (parent.isEmpty() || !access.canRead(user, parent.get())) {
                problems.add(problem("parentId", String.valueOf(form.parentId()), "goal.error.unknown", label("parentId")));
            } else if (parent.get().getLevel() == GoalLevel.PERSONAL || parent.get().getLevel().ordinal() > goal.getLevel().ordinal()
                    || goal.getLevel() == GoalLevel.COMPANY) {
                problems.add(problem("parentId", parent.get().getTitle(), "goal.error.parentLevel"));
            } else if (Objects.equals(parent.get().getId(), goal.getId())) {
                problems.add(problem("parentId", parent.get().getTitle(), "goal.error.parentLevel"));
            } else if (form.year() != null && parent.get().getYear() != form.year()) {
                problems.add(problem("parentId", parent.get().getTitle(), "goal.error.parentYear", parent.get().getYear()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void apply(Goal goal, GoalForm form) {
        goal.setTitle(form.title().strip());
        goal.setDescription(blankToNull(form.description()));
        goal.setPartnerOrgUnitId(form.partnerOrgUnitId());
        goal.setType(form.type() == null ? GoalType.KPI : form.type());
        goal.setCategory(form.category() == null ? GoalCategory.OUTCOME : form.category());
        goal.setCore(Boolean.TRUE.equals(form.core()));
        goal.setPriority(form.priority());
        goal.setTargetValue(form.targetValue());
        goal.setChallengeValue(form.challengeValue());
        goal.setUnit(blankToNull(form.unit()));
        goal.setDirection(form.direction() == null ? Direction.HIGHER : form.direction());
        goal.setWeight(form.weight() == null ? BigDecimal.ZERO : form.weight());
        goal.setDataSource(blankToNull(form.dataSource()));
        goal.setDueDate(form.dueDate());
        goal.setIndicatorCode(blankToNull(form.indicatorCode()));
        goal.getKeyResults().clear();
        if (goal.getType() == GoalType.OKR && form.keyResults() != null) {
            int order = 0;
            for (GoalForm.KeyResultForm kr : form.keyResults()) {
                if (kr.title() != null && !kr.title().isBlank()) {
                    goal.getKeyResults().add(new KeyResult(order++, kr.title().strip(), kr.targetValue(), blankToNull(kr.unit()),
                            kr.progress(), kr.weight()));
                }
            }
        }
    }

    void smart(Goal goal) {
        SmartCheck.SmartResult result = smartResult(goal.getLevel(), goal.getTitle(), goal.getType(), goal.getTargetValue(),
                goal.getUnit(), goal.getDueDate(), goal.getLevel() != GoalLevel.PERSONAL || goal.getOwnerEmployeeId() != null,
                goal.getDataSource(), goal.getParentId() != null, goal.getChallengeValue(), goal.getKeyResults());
        goal.setSmartPassed(result.passed());
        String codes = result.codes();
        goal.setSmartIssues(codes.isEmpty() ? null : codes.length() > 400 ? codes.substring(0, 400) : codes);
    }

    private SmartCheck.SmartResult smartResult(GoalLevel level, String title, GoalType type, BigDecimal target, String unit,
                                               LocalDate due, boolean hasOwner, String dataSource, boolean hasParent,
                                               BigDecimal challenge, List<KeyResult> keyResults) {
        SmartCheck check = settings.smartCheck();
        boolean okr = type == GoalType.OKR;
        SmartCheck.SmartResult result = check.check(new SmartCheck.Input(null, title, target, unit, due, hasOwner, dataSource,
                level != null && level != GoalLevel.COMPANY, hasParent, challenge, okr));
        if (okr) {
            int n = 0;
            for (KeyResult kr : keyResults) {
                n++;
                result = result.plus(check.check(new SmartCheck.Input("KR" + n, kr.getTitle(), kr.getTargetValue(), kr.getUnit(),
                        due, true, "-", false, true, null, false)));
            }
        }
        return result;
    }

    GoalView.SmartView smartView(SmartCheck.SmartResult result) {
        List<GoalView.SmartView.Issue> issues = result.issues().stream().map(i -> new GoalView.SmartView.Issue(i.subject(),
                i.criterion().name(), i.code(), (i.subject() == null ? "" : i.subject() + ": ")
                + messages.get("goal.smart." + i.code(), i.detail()))).toList();
        String suggestion = result.suggestion() == null ? null
                : messages.get("goal.smart.suggest." + result.suggestion().code(), result.suggestion().args().toArray());
        return new GoalView.SmartView(result.passed(), issues, suggestion);
    }

    GoalView view(Goal goal, boolean withWarnings) {
        String parentTitle = goal.getParentId() == null ? null : goals.findById(goal.getParentId()).map(Goal::getTitle).orElse(null);
        Map<Long, String> unitNames = withWarnings || goal.getOrgUnitId() != null ? access.unitNames() : Map.of();
        List<String> warnings = withWarnings ? warnings(goal) : List.of();
        SmartCheck.SmartResult smart = smartResult(goal.getLevel(), goal.getTitle(), goal.getType(), goal.getTargetValue(),
                goal.getUnit(), goal.getDueDate(), goal.getLevel() != GoalLevel.PERSONAL || goal.getOwnerEmployeeId() != null,
                goal.getDataSource(), goal.getParentId() != null, goal.getChallengeValue(), goal.getKeyResults());
        return new GoalView(goal.getId(), goal.getLevel(), goal.getParentId(), parentTitle, goal.getYear(), goal.getQuarter(),
                goal.getSource(), goal.getOrgUnitId(), goal.getOrgUnitId() == null ? null : unitNames.get(goal.getOrgUnitId()),
                goal.getPartnerOrgUnitId(), goal.getOwnerEmployeeId(), goal.getOwnerName(), goal.getTitle(), goal.getDescription(),
                goal.getType(), goal.getCategory(), goal.isCore(), goal.getPriority(), plain(goal.getTargetValue()),
                plain(goal.getChallengeValue()), goal.getUnit(), goal.getDirection(), plain(goal.getWeight()), goal.getDataSource(),
                goal.getDueDate(), goal.getIndicatorCode(), goal.getStatus(), goal.isLocked(), goal.getRevision(),
                plain(goal.getActualValue()), progressOf(goal),
                goal.getKeyResults().stream().map(k -> new GoalView.KeyResultView(k.getId(), k.getTitle(), plain(k.getTargetValue()),
                        k.getUnit(), plain(k.getProgress()), plain(k.getWeight()))).toList(),
                smartView(smart), warnings, goal.getVersion());
    }

    static BigDecimal progressOf(Goal goal) {
        if (goal.getType() == GoalType.OKR) {
            return Progress.weighted(goal.getKeyResults().stream().map(k -> new Progress.Part(k.getProgress(), k.getWeight())).toList());
        }
        return Progress.ofKpi(goal.getTargetValue(), goal.getActualValue(), goal.getDirection());
    }

    /** The rule warnings of the set the goal belongs to. */
    List<String> warnings(Goal goal) {
        List<String> out = new ArrayList<>();
        switch (goal.getLevel()) {
            case PERSONAL -> {
                out.addAll(weightWarnings(settings.weightRule().check(weighted(
                        goals.findPersonal(goal.getOwnerEmployeeId(), goal.getYear(), goal.getQuarter())))));
                tenureWarning(goal).ifPresent(out::add);
            }
            case UNIT -> {
                List<Goal> level = goals.findOfUnit(goal.getOrgUnitId(), GoalLevel.UNIT, goal.getYear(), goal.getQuarter());
                out.addAll(weightWarnings(settings.weightRule().check(weighted(level))));
                int core = (int) level.stream().filter(Goal::isCore).count();
                settings.coreGoalRule().check(core).ifPresent(code -> out.add(messages.get("goal.warn.core." + code, core,
                        settings.coreGoalsMin(), settings.coreGoalsMax())));
            }
            case COMPANY -> companyWeightWarning(goals.findCompany(goal.getYear(), goal.getQuarter())).ifPresent(out::add);
        }
        return out;
    }

    /** Company goals of one period share the company's score: their weights sum to the total, as a person's do. */
    Optional<String> companyWeightWarning(List<Goal> company) {
        return settings.weightRule().check(weighted(company)).issues().stream()
                .filter(i -> i.code().equals("sumMismatch"))
                .map(i -> messages.get("goal.warn.companyWeight", i.args().toArray()))
                .findFirst();
    }

    List<String> weightWarnings(WeightRule.WeightCheck check) {
        return check.issues().stream().map(i -> messages.get("goal.warn.weight." + i.code(), i.args().toArray())).toList();
    }

    static List<WeightRule.Weighted> weighted(List<Goal> goals) {
        return goals.stream().map(g -> new WeightRule.Weighted(g.getWeight(), g.getCategory())).toList();
    }

    /** R37: compares a new hire's target with the veterans' on the same parent goal. */
    private Optional<String> tenureWarning(Goal goal) {
        if (goal.getParentId() == null || goal.getTargetValue() == null) {
            return Optional.empty();
        }
        CurrentUser user = CurrentUser.get();
        LocalDate today = LocalDate.now(clock);
        Map<Long, Boolean> newHire = new HashMap<>();
        java.util.function.Function<Long, Boolean> isNew = id -> newHire.computeIfAbsent(id, k -> {
            EmployeeView e = access.employee(k);
            return settings.tenureRule().isNewHire(e.hireDate(), e.probation(), today);
        });
        try {
            if (!isNew.apply(goal.getOwnerEmployeeId())) {
                return Optional.empty();
            }
            List<BigDecimal> veterans = new ArrayList<>();
            for (Goal sibling : goals.findByParentIdOrderById(goal.getParentId())) {
                if (sibling.getLevel() == GoalLevel.PERSONAL && sibling.getTargetValue() != null
                        && !sibling.getOwnerEmployeeId().equals(goal.getOwnerEmployeeId())
                        && Objects.equals(sibling.getQuarter(), goal.getQuarter())
                        && access.canRead(user, sibling) && !isNew.apply(sibling.getOwnerEmployeeId())) {
                    veterans.add(sibling.getTargetValue());
                }
            }
            return settings.tenureRule().check(goal.getTargetValue(), goal.getDirection(), veterans)
                    .map(avg -> messages.get("goal.warn.tenure", goal.getTargetValue().stripTrailingZeros().toPlainString(),
                            avg.toPlainString(), settings.newHireMonths()));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    FieldProblem problem(String field, String value, String key, Object... args) {
        return new FieldProblem(field, value, messages.get(key, args));
    }

    String label(String field) {
        return messages.get("goal.field." + field);
    }

    /** Without trailing zeros and never in exponent form (200, not 200.0000 or 2E+2). */
    public static BigDecimal plain(BigDecimal value) {
        return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** What the audit trail keeps of a goal. */
    record State(String level, Long parentId, int year, Integer quarter, Long orgUnitId, Long ownerEmployeeId, String title,
                 String type, String category, boolean core, BigDecimal targetValue, BigDecimal challengeValue, String unit,
                 String direction, BigDecimal weight, String dataSource, LocalDate dueDate, String indicatorCode,
                 String status, int revision, List<String> keyResults, long version) {

        static State of(Goal g) {
            return new State(g.getLevel().name(), g.getParentId(), g.getYear(), g.getQuarter(), g.getOrgUnitId(),
                    g.getOwnerEmployeeId(), g.getTitle(), g.getType().name(), g.getCategory().name(), g.isCore(),
                    g.getTargetValue(), g.getChallengeValue(), g.getUnit(), g.getDirection().name(), g.getWeight(),
                    g.getDataSource(), g.getDueDate(), g.getIndicatorCode(), g.getStatus().name(), g.getRevision(),
                    g.getKeyResults().stream().map(k -> k.getTitle() + "|" + k.getTargetValue() + "|" + k.getWeight() + "|" + k.getProgress()).toList(),
                    g.getVersion());
        }
    }
}
