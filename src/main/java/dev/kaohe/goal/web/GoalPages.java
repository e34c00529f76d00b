package dev.kaohe.goal.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kaohe.goal.ActionForm;
import dev.kaohe.goal.AdjustmentForm;
import dev.kaohe.goal.CheckInForm;
import dev.kaohe.goal.GoalAdjustments;
import dev.kaohe.goal.GoalAlignment;
import dev.kaohe.goal.GoalExecution;
import dev.kaohe.goal.GoalFilter;
import dev.kaohe.goal.GoalForm;
import dev.kaohe.goal.GoalView;
import dev.kaohe.goal.Goals;
import dev.kaohe.goal.domain.ActionStatus;
import dev.kaohe.goal.domain.AdjustmentReason;
import dev.kaohe.goal.domain.CheckInKind;
import dev.kaohe.goal.domain.Direction;
import dev.kaohe.goal.domain.GoalCategory;
import dev.kaohe.goal.domain.GoalLevel;
import dev.kaohe.goal.domain.GoalSource;
import dev.kaohe.goal.domain.GoalType;
import dev.kaohe.goal.domain.Quarter;
import dev.kaohe.goal.domain.ShortfallCause;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.org.EmployeeFilter;
import dev.kaohe.org.EmployeeStatus;
import dev.kaohe.org.EmployeeView;
import dev.kaohe.org.Employees;
import dev.kaohe.org.OrgUnits;
import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The goal list, a goal's page with its action plan, check-ins and adjustments, the goal form and the alignment view. */
@Controller
class GoalPages {

    private final Goals goals;
    private final GoalAlignment alignment;
    private final GoalExecution execution;
    private final GoalAdjustments adjustments;
    private final Employees employees;
    private final OrgUnits units;
    private final Messages messages;
    private final Clock clock;
    private final int pageSize;

    GoalPages(Goals goals, GoalAlignment alignment, GoalExecution execution, GoalAdjustments adjustments, Employees employees,
              OrgUnits units, Messages messages, Clock clock,
              @org.springframework.beans.factory.annotation.Value("${kaohe.paging.default-size:20}") int pageSize) {
        this.pageSize = pageSize;
        this.goals = goals;
        this.alignment = alignment;
        this.execution = execution;
        this.adjustments = adjustments;
        this.employees = employees;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    @InitBinder("form")
    void fields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/goals")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String quarter,
                @RequestParam(required = false) GoalLevel level, @RequestParam(name = "q", required = false) String search,
                @RequestParam(defaultValue = "false") boolean archived, @RequestParam(defaultValue = "0") int page, Model model) {
        Quarter now = Quarter.of(LocalDate.now(clock));
        int y = year == null ? now.year() : year;
        Integer q = quarter == null ? Integer.valueOf(now.quarter()) : quarter.isBlank() ? null : Integer.valueOf(quarter);
        model.addAttribute("year", y);
        model.addAttribute("quarter", q);
        model.addAttribute("level", level);
        model.addAttribute("levels", GoalLevel.values());
        var result = goals.search(new GoalFilter(y, q, level, search, archived), PageRequest.of(Math.max(page, 0), pageSize));
        model.addAttribute("page", result);
        model.addAttribute("goals", result.getContent());
        model.addAttribute("q", search);
        model.addAttribute("filtered", level != null || search != null && !search.isBlank());
        model.addAttribute("archived", archived);
        model.addAttribute("pagerUrl", org.springframework.web.util.UriComponentsBuilder.fromPath("/goals")
                .queryParam("year", y).queryParam("quarter", q == null ? "" : q)
                .queryParamIfPresent("level", java.util.Optional.ofNullable(level))
                .queryParamIfPresent("q", java.util.Optional.ofNullable(search).filter(v -> !v.isBlank()))
                .queryParamIfPresent("archived", java.util.Optional.of(archived).filter(Boolean::booleanValue))
                .encode().build().toUriString());
        Map<GoalLevel, Boolean> canCreate = new LinkedHashMap<>();
        for (GoalLevel l : GoalLevel.values()) {
            canCreate.put(l, goals.canCreate(l));
        }
        model.addAttribute("canCreate", canCreate);
        model.addAttribute("me", CurrentUser.get().employeeId());
        model.addAttribute("forms", List.of("T5", "T6", "T7", "T8", "T9"));
        return "goal/list";
    }

    @GetMapping("/goals/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        GoalView goal = goals.get(id);
        model.addAttribute("goal", goal);
        model.addAttribute("canEdit", goals.canEdit(id));
        model.addAttribute("children", goals.list(goal.year(), goal.quarter(), null).stream()
                .filter(g -> g.parentId() != null && g.parentId() == id).toList());
        model.addAttribute("actions", execution.actions(id));
        var checkIns = execution.checkIns(id);
        model.addAttribute("checkIns", checkIns);
        var own = checkIns.stream().filter(c -> c.keyResultId() == null).toList();
        model.addAttribute("chartDates", own.stream().map(c -> c.periodDate().toString()).toList());
        model.addAttribute("chartValues", own.stream().map(c -> c.value()).toList());
        model.addAttribute("adjustments", adjustments.ofGoal(id));
        model.addAttribute("revisions", adjustments.revisions(id));
        model.addAttribute("canCascade", goal.level() != GoalLevel.PERSONAL);
        model.addAttribute("actionStatuses", ActionStatus.values());
        model.addAttribute("checkInKinds", CheckInKind.values());
        model.addAttribute("causes", ShortfallCause.values());
        model.addAttribute("reasons", AdjustmentReason.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "goal/detail";
    }

    @GetMapping("/goals/new")
    String newGoal(@RequestParam(defaultValue = "PERSONAL") GoalLevel level, @RequestParam(required = false) Long parentId,
                   @RequestParam(required = false) Long ownerEmployeeId, @RequestParam(required = false) Long orgUnitId,
                   Model model) {
        if (!goals.canCreate(level)) {
            throw new org.springframework.security.access.AccessDeniedException("may not create " + level + " goals");
        }
        GoalFormData form = new GoalFormData();
        form.level = level;
        form.parentId = parentId;
        Quarter now = Quarter.of(LocalDate.now(clock));
        form.year = now.year();
        form.quarter = now.quarter();
        form.dueDate = now.lastDay();
        if (parentId != null) {
            GoalView parent = goals.get(parentId);
            form.year = parent.year();
            form.quarter = parent.quarter() == null ? now.quarter() : parent.quarter();
            form.dueDate = parent.dueDate() != null ? parent.dueDate() : form.dueDate;
            if (level == GoalLevel.UNIT && orgUnitId == null && parent.level() == GoalLevel.UNIT) {
                orgUnitId = parent.orgUnitId();
            }
        }
        if (level == GoalLevel.COMPANY) {
            form.quarter = null;
            form.source = GoalSource.STRATEGY_MEETING;
            form.weight = BigDecimal.ZERO;
        }
        form.ownerEmployeeId = ownerEmployeeId == null && level == GoalLevel.PERSONAL ? CurrentUser.get().employeeId() : ownerEmployeeId;
        form.orgUnitId = orgUnitId;
        return form(model, form, null, Map.of(), null);
    }

    @PostMapping("/goals")
    String create(@ModelAttribute("form") GoalFormData form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return save(null, form, binding, model, redirect);
    }

    @GetMapping("/goals/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        GoalView goal = goals.get(id);
        if (!goals.canEdit(id)) {
            throw new org.springframework.security.access.AccessDeniedException("may not edit this goal");
        }
        return form(model, GoalFormData.of(goal), id, Map.of(), null);
    }

    @PostMapping("/goals/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute("form") GoalFormData form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        return save(id, form, binding, model, redirect);
    }

    private String save(Long id, GoalFormData form, BindingResult binding, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(),
                messages.get("goal.error.format", messages.get("goal.field." + e.getField()))));
        Map<String, String> krProblems = new LinkedHashMap<>();
        GoalForm command = form.toForm(krProblems);
        krProblems.forEach((field, value) -> errors.put(field, messages.get("goal.error.format", messages.get("goal.field.keyResults"))));
        if (!errors.isEmpty()) {
            return form(model, form, id, errors, null);
        }
        try {
            GoalView saved = id == null ? goals.create(command) : goals.update(id, command);
            redirect.addFlashAttribute("flash", messages.get("goal.saved"));
            return "redirect:/goals/" + saved.id();
        } catch (InvalidInputException e) {
            Map<String, String> problems = new LinkedHashMap<>();
            for (FieldProblem p : e.problems()) {
                String field = p.field().startsWith("keyResults") ? "keyResults" : p.field();
                problems.merge(field, p.message(), (a, b) -> a + " " + b);
            }
            return form(model, form, id, problems, null);
        } catch (ConflictException | org.springframework.dao.OptimisticLockingFailureException e) {
            // the entries stay in the form; the current goal is shown beside them
            GoalView current = goals.get(id);
            model.addAttribute("current", current);
            return form(model, form, id, Map.of(), e instanceof ConflictException ? e.getMessage() : messages.get("goal.error.stale", current.version()));
        }
    }

    private String form(Model model, GoalFormData form, Long id, Map<String, String> errors, String conflict) {
        model.addAttribute("form", form);
        model.addAttribute("goalId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("sources", GoalSource.values());
        model.addAttribute("types", GoalType.values());
        model.addAttribute("categories", GoalCategory.values());
        model.addAttribute("directions", Direction.values());
        model.addAttribute("units", units.list());
        int year = form.year == null ? LocalDate.now(clock).getYear() : form.year;
        model.addAttribute("parents", goals.list(year, null, null).stream()
                .filter(g -> g.level() != GoalLevel.PERSONAL && form.level != GoalLevel.COMPANY
                        && g.level().ordinal() <= form.level.ordinal() && (id == null || g.id() != id)).toList());
        if (form.level == GoalLevel.PERSONAL) {
            model.addAttribute("people", people(form.ownerEmployeeId));
        }
        return "goal/form";
    }

    /** People the caller may set goals for (within reach), at most one page. */
    private List<EmployeeView> people(Long selected) {
        List<EmployeeView> list = new ArrayList<>(employees.search(new EmployeeFilter(null, null, null, null, EmployeeStatus.ACTIVE, null, false),
                PageRequest.of(0, 200, Sort.by("name"))).getContent());
        if (selected != null && list.stream().noneMatch(e -> e.id() == selected)) {
            try {
                list.add(0, employees.get(selected));
            } catch (dev.kaohe.platform.NotFoundException ignored) {
                // out of reach: the service answers for it on save
            }
        }
        return list;
    }

    @PostMapping("/goals/{id:\\d+}/check-ins")
    String checkIn(@PathVariable long id, @RequestParam(required = false) CheckInKind kind,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodDate,
                   @RequestParam(required = false) BigDecimal value, @RequestParam(required = false) BigDecimal plannedValue,
                   @RequestParam(required = false) Long keyResultId, @RequestParam(required = false) String note,
                   @RequestParam(required = false) ShortfallCause shortfallCause, RedirectAttributes redirect) {
        try {
            execution.checkIn(id, new CheckInForm(kind, periodDate, value, plannedValue, keyResultId, note, shortfallCause));
            redirect.addFlashAttribute("flash", messages.get("goal.checkedIn"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("checkInErrors", messages(e));
        }
        return "redirect:/goals/" + id + "#checkins";
    }

    @PostMapping("/goals/{id:\\d+}/actions")
    String addAction(@PathVariable long id, @RequestParam(required = false) String step, @RequestParam(required = false) String ownerName,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
                     @RequestParam(required = false) BigDecimal budget, @RequestParam(required = false) String tools,
                     @RequestParam(required = false) String people, @RequestParam(required = false) String risk,
                     @RequestParam(required = false) String countermeasure, @RequestParam(required = false) ActionStatus status,
                     @RequestParam(required = false) Long actionId, @RequestParam(required = false) Long version,
                     RedirectAttributes redirect) {
        ActionForm form = new ActionForm(step, ownerName, dueDate, budget, tools, people, risk, countermeasure, status, version);
        try {
            if (actionId == null) {
                execution.addAction(id, form);
            } else {
                execution.updateAction(id, actionId, form);
            }
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("actionErrors", messages(e));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("actionErrors", List.of(e.getMessage()));
        }
        return "redirect:/goals/" + id + "#actions";
    }

    @PostMapping("/goals/{id:\\d+}/adjustments")
    String requestAdjustment(@PathVariable long id, @RequestParam(required = false) AdjustmentReason reasonCategory,
                             @RequestParam(required = false) String reason, @RequestParam(required = false) BigDecimal requestedTarget,
                             @RequestParam(required = false) BigDecimal requestedChallenge,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate requestedDueDate,
                             RedirectAttributes redirect) {
        try {
            var made = adjustments.request(id, new AdjustmentForm(reasonCategory, reason, requestedTarget, requestedChallenge, requestedDueDate));
            if (made.warning() != null) {
                redirect.addFlashAttribute("adjustmentErrors", List.of(made.warning()));
            }
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("adjustmentErrors", messages(e));
        }
        return "redirect:/goals/" + id + "#adjustments";
    }

    @PostMapping("/goals/{id:\\d+}/archive")
    String archive(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            goals.archive(id, version);
            redirect.addFlashAttribute("flash", messages.get("goal.archived"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", String.join(" ", messages(e)));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("archiveError", e.getMessage());
        }
        return "redirect:/goals/" + id;
    }

    @GetMapping("/goals/alignment")
    String alignment(@RequestParam(required = false) Integer year, @RequestParam(required = false) String quarter, Model model) {
        Quarter now = Quarter.of(LocalDate.now(clock));
        int y = year == null ? now.year() : year;
        Integer q = quarter == null ? Integer.valueOf(now.quarter()) : quarter.isBlank() ? null : Integer.valueOf(quarter);
        GoalAlignment.View view = alignment.of(y, q);
        model.addAttribute("view", view);
        model.addAttribute("teamNames", view.teams().stream().map(GoalAlignment.TeamProgress::unitName).toList());
        model.addAttribute("teamValues", view.teams().stream().map(t -> t.progress() == null ? BigDecimal.ZERO : t.progress()).toList());
        model.addAttribute("year", y);
        model.addAttribute("quarter", q);
        return "goal/alignment";
    }

    static List<String> messages(InvalidInputException e) {
        return e.problems().stream().map(FieldProblem::message).toList();
    }
}
