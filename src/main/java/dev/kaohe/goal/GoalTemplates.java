package dev.kaohe.goal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.kaohe.goal.domain.Direction;
import dev.kaohe.goal.domain.GoalCategory;
import dev.kaohe.goal.domain.GoalLevel;
import dev.kaohe.goal.domain.GoalType;
import dev.kaohe.goal.internal.Goal;
import dev.kaohe.goal.internal.GoalRepository;
import dev.kaohe.goal.internal.GoalTemplate;
import dev.kaohe.goal.internal.GoalTemplateItem;
import dev.kaohe.goal.internal.GoalTemplateKeyResult;
import dev.kaohe.goal.internal.GoalTemplateRepository;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.org.EmployeeFilter;
import dev.kaohe.org.EmployeeStatus;
import dev.kaohe.org.EmployeeView;
import dev.kaohe.org.Employees;
import dev.kaohe.org.PositionView;
import dev.kaohe.org.Positions;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.NotFoundException;
import dev.kaohe.platform.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Goal templates per position, so a manager sets a whole team's goals in one step. */
@Service
public class GoalTemplates {

    private final GoalTemplateRepository templates;
    private final GoalRepository goals;
    private final Goals goalService;
    private final GoalAccess access;
    private final Employees employees;
    private final Positions positions;
    private final AuditTrail audit;
    private final Messages messages;
    private final java.time.Clock clock;
    private final int maxTeam;

    GoalTemplates(GoalTemplateRepository templates, GoalRepository goals, Goals goalService, GoalAccess access,
                  Employees employees, Positions positions, AuditTrail audit, Messages messages, java.time.Clock clock,
                  @Value("${kaohe.paging.max-size:200}") int maxTeam) {
        this.templates = templates;
        this.goals = goals;
        this.goalService = goalService;
        this.access = access;
        this.employees = employees;
        this.positions = positions;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.maxTeam = maxTeam;
    }

    @Transactional(readOnly = true)
    public List<TemplateView> list() {
        access.person();
        Map<Long, String> names = new HashMap<>();
        positions.list().forEach(p -> names.put(p.id(), p.name()));
        return templates.findAllByOrderByCode().stream().map(t -> view(t, names)).toList();
    }

    @Transactional(readOnly = true)
    public TemplateView get(long id) {
        access.person();
        GoalTemplate template = templates.findById(id).orElseThrow(() -> new NotFoundException("goal template", id));
        Map<Long, String> names = new HashMap<>();
        positions.list().forEach(p -> names.put(p.id(), p.name()));
        return view(template, names);
    }

    public boolean canManage() {
        CurrentUser user = access.person();
        return access.writesEverything(user) || user.has(Role.MANAGER);
    }

    @Transactional
    public TemplateView create(TemplateForm form) {
        if (!canManage()) {
            throw new AccessDeniedException("templates are kept by HR and managers");
        }
        List<TemplateForm.Item> items = check(form, null);
        GoalTemplate template = new GoalTemplate(form.code().strip(), form.name().strip(), form.positionId());
        fill(template, items);
        template.setUpdatedAt(clock.instant());
        template = templates.saveAndFlush(template);
        audit.record("goal.template.create", "goal_template", template.getId(), null, state(template));
        return get(template.getId());
    }

    /** Changes a template's code, name, position and items; goals already made from it stay as they are. */
    @Transactional
    public TemplateView update(long id, TemplateForm form) {
        if (!canManage()) {
            throw new AccessDeniedException("templates are kept by HR and managers");
        }
        GoalTemplate template = load(id);
        requireVersion(template, form.version());
        List<TemplateForm.Item> items = check(form, template.getId());
        Map<String, Object> before = state(template);
        template.rename(form.code().strip(), form.name().strip(), form.positionId());
        template.getItems().clear();
        templates.flush();
        fill(template, items);
        template.setUpdatedAt(clock.instant());
        templates.saveAndFlush(template);
        audit.record("goal.template.update", "goal_template", id, before, state(template));
        return get(id);
    }

    /** Takes a template out of use (it can no longer be applied) or back into use. */
    @Transactional
    public TemplateView setActive(long id, boolean active, Long version) {
        if (!canManage()) {
            throw new AccessDeniedException("templates are kept by HR and managers");
        }
        GoalTemplate template = load(id);
        requireVersion(template, version);
        Map<String, Object> before = state(template);
        template.setActive(active);
        template.setUpdatedAt(clock.instant());
        templates.saveAndFlush(template);
        audit.record(active ? "goal.template.activate" : "goal.template.deactivate", "goal_template", id, before, state(template));
        return get(id);
    }

    private GoalTemplate load(long id) {
        return templates.findById(id).orElseThrow(() -> new NotFoundException("goal template", id));
    }

    private void requireVersion(GoalTemplate template, Long version) {
        if (version == null) {
            throw new InvalidInputException(List.of(problem("version", null, "goal.error.required", "version")));
        }
        if (version != template.getVersion()) {
            throw new dev.kaohe.platform.ConflictException(messages.get("goal.error.staleTemplate", template.getVersion()));
        }
    }

    private List<TemplateForm.Item> check(TemplateForm form, Long self) {
        CurrentUser user = access.person();
        List<FieldProblem> problems = new ArrayList<>();
        if (form.code() == null || form.code().isBlank() || form.code().strip().length() > 32) {
            problems.add(problem("code", form.code(), "goal.error.required", messages.get("goal.template.code")));
        } else if (templates.findByCode(form.code().strip()).filter(t -> !t.getId().equals(self)).isPresent()) {
            problems.add(problem("code", form.code(), "goal.error.codeTaken", form.code().strip()));
        }
        if (form.name() == null || form.name().isBlank()) {
            problems.add(problem("name", null, "goal.error.required", messages.get("goal.template.name")));
        }
        if (form.positionId() == null) {
            problems.add(problem("positionId", null, "goal.error.required", messages.get("goal.template.position")));
        } else {
            try {
                positions.get(form.positionId());
            } catch (NotFoundException e) {
                problems.add(problem("positionId", String.valueOf(form.positionId()), "goal.error.unknown", messages.get("goal.template.position")));
            }
        }
        List<TemplateForm.Item> items = form.items() == null ? List.of()
                : form.items().stream().filter(i -> i.title() != null && !i.title().isBlank()).toList();
        if (items.isEmpty()) {
            problems.add(problem("items", null, "goal.error.templateItems"));
        }
        for (int n = 0; n < items.size(); n++) {
            TemplateForm.Item item = items.get(n);
            BigDecimal weight = item.weight();
            if (weight == null || weight.signum() < 0 || weight.compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add(problem("items[" + n + "].weight", weight == null ? null : weight.toPlainString(), "goal.error.weightRange"));
            }
            if (item.type() == GoalType.OKR && (item.keyResults() == null
                    || item.keyResults().stream().noneMatch(k -> k.title() != null && !k.title().isBlank()))) {
                problems.add(problem("items[" + n + "].keyResults", item.title(), "goal.error.keyResultsRequired"));
            }
            if (item.parentGoalId() != null) {
                Goal parent = goals.findById(item.parentGoalId()).orElse(null);
                if (parent == null || !access.canRead(user, parent)) {
                    problems.add(problem("items[" + n + "].parentGoalId", String.valueOf(item.parentGoalId()), "goal.error.unknown",
                            messages.get("goal.field.parentId")));
                } else if (parent.getLevel() == GoalLevel.PERSONAL) {
                    problems.add(problem("items[" + n + "].parentGoalId", parent.getTitle(), "goal.error.parentLevel"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return items;
    }

    private void fill(GoalTemplate template, List<TemplateForm.Item> items) {
        int order = 0;
        for (TemplateForm.Item item : items) {
            GoalTemplateItem saved = new GoalTemplateItem(order++, item.title().strip(),
                    item.category() == null ? GoalCategory.OUTCOME : item.category(), item.targetValue(),
                    Goals.blankToNull(item.unit()), item.direction() == null ? Direction.HIGHER : item.direction(),
                    item.weight(), Goals.blankToNull(item.dataSource()), Goals.blankToNull(item.indicatorCode()));
            saved.setType(item.type() == null ? GoalType.KPI : item.type());
            saved.setParentGoalId(item.parentGoalId());
            if (saved.getType() == GoalType.OKR) {
                int kr = 0;
                for (TemplateForm.KeyResultItem k : item.keyResults()) {
                    if (k.title() != null && !k.title().isBlank()) {
                        saved.getKeyResults().add(new GoalTemplateKeyResult(kr++, k.title().strip(), k.targetValue(),
                                Goals.blankToNull(k.unit()), k.weight()));
                    }
                }
            }
            template.getItems().add(saved);
        }
    }

    private static Map<String, Object> state(GoalTemplate t) {
        Map<String, Object> state = new HashMap<>();
        state.put("code", t.getCode());
        state.put("name", t.getName());
        state.put("positionId", t.getPositionId());
        state.put("active", t.isActive());
        state.put("items", t.getItems().stream().map(i -> i.getTitle() + "|" + i.getType() + "|" + i.getWeight() + "|"
                + i.getParentGoalId() + "|" + i.getKeyResults().size()).toList());
        return state;
    }

    @Transactional
    public TemplateApplication.Result apply(long templateId, TemplateApplication application) {
        CurrentUser user = access.person();
        access.requireGoalWriter(user);
        GoalTemplate template = load(templateId);
        if (!template.isActive()) {
            throw new dev.kaohe.platform.ConflictException(messages.get("goal.error.templateInactive", template.getCode()));
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (application.orgUnitId() == null) {
            problems.add(problem("orgUnitId", null, "goal.error.required", messages.get("goal.field.orgUnitId")));
        }
        if (application.year() == null) {
            problems.add(problem("year", null, "goal.error.year"));
        }
        Goal parent = null;
        if (application.parentGoalId() != null) {
            parent = goals.findById(application.parentGoalId()).orElse(null);
            if (parent == null || !access.canRead(user, parent)) {
                problems.add(problem("parentGoalId", String.valueOf(application.parentGoalId()), "goal.error.unknown", messages.get("goal.field.parentId")));
            } else if (parent.getLevel() == GoalLevel.PERSONAL) {
                problems.add(problem("parentGoalId", parent.getTitle(), "goal.error.parentLevel"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Page<EmployeeView> team = employees.search(new EmployeeFilter(null, application.orgUnitId(), template.getPositionId(),
                null, EmployeeStatus.ACTIVE, null, false), PageRequest.of(0, maxTeam, Sort.by("employeeNo")));
        int created = 0;
        List<String> people = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (EmployeeView person : team.getContent()) {
            if (user.isEmployee(person.id()) || !access.canWrite(user, GoalLevel.PERSONAL, null, person.id())) {
                continue;
            }
            List<Goal> existing = goals.findPersonal(person.id(), application.year(), application.quarter());
            boolean already = existing.stream().anyMatch(g -> template.getItems().stream().anyMatch(i -> i.getTitle().equals(g.getTitle())));
            if (already) {
                skipped.add(person.name());
                continue;
            }
            for (GoalTemplateItem item : template.getItems()) {
                Goal goal = new Goal(GoalLevel.PERSONAL, user.username());
                goal.setOwnerEmployeeId(person.id());
                goal.setOwnerName(person.name());
                goal.setOrgUnitId(person.orgUnitId());
                goal.setYear(application.year());
                goal.setQuarter(application.quarter());
                goal.setParentId(item.getParentGoalId() != null ? item.getParentGoalId() : parent == null ? null : parent.getId());
                goal.setTitle(item.getTitle());
                goal.setType(item.getType());
                for (GoalTemplateKeyResult kr : item.getKeyResults()) {
                    goal.getKeyResults().add(new dev.kaohe.goal.internal.KeyResult(kr.getSortOrder(), kr.getTitle(), kr.getTargetValue(),
                            kr.getUnit(), BigDecimal.ZERO, kr.getWeight()));
                }
                goal.setCategory(item.getCategory());
                goal.setTargetValue(item.getTargetValue());
                goal.setUnit(item.getUnit());
                goal.setDirection(item.getDirection());
                goal.setWeight(item.getWeight());
                goal.setDataSource(item.getDataSource());
                goal.setIndicatorCode(item.getIndicatorCode());
                goal.setDueDate(application.dueDate());
                goal.setUpdatedAt(clock.instant());
                goalService.smart(goal);
                goal = goals.save(goal);
                audit.record("goal.create", "goal", goal.getId(), null, Map.of("template", template.getCode(),
                        "ownerEmployeeId", person.id(), "title", goal.getTitle(), "weight", goal.getWeight()));
                created++;
            }
            people.add(person.name());
        }
        goals.flush();
        return new TemplateApplication.Result(created, people, skipped);
    }

    private TemplateView view(GoalTemplate t, Map<Long, String> positionNames) {
        List<TemplateForm.Item> items = t.getItems().stream().map(i -> new TemplateForm.Item(i.getTitle(), i.getCategory(),
                Goals.plain(i.getTargetValue()), i.getUnit(), i.getDirection(), Goals.plain(i.getWeight()), i.getDataSource(),
                i.getIndicatorCode(), i.getType(), i.getParentGoalId(), i.getKeyResults().stream()
                        .map(k -> new TemplateForm.KeyResultItem(k.getTitle(), Goals.plain(k.getTargetValue()), k.getUnit(),
                                Goals.plain(k.getWeight()))).toList())).toList();
        List<String> parentTitles = t.getItems().stream().map(i -> i.getParentGoalId() == null ? null
                : goals.findById(i.getParentGoalId()).map(Goal::getTitle).orElse(null)).toList();
        return new TemplateView(t.getId(), t.getCode(), t.getName(), t.getPositionId(), positionNames.get(t.getPositionId()),
                items, items.stream().map(TemplateForm.Item::weight).reduce(BigDecimal.ZERO, BigDecimal::add), t.isActive(),
                parentTitles, t.getVersion());
    }

    private FieldProblem problem(String field, String value, String key, Object... args) {
        return new FieldProblem(field, value, messages.get(key, args));
    }
}
