package dev.kaohe.goal.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.kaohe.goal.AdjustmentDecision;
import dev.kaohe.goal.ConfirmationForm;
import dev.kaohe.goal.GoalAdjustments;
import dev.kaohe.goal.GoalConfirmations;
import dev.kaohe.goal.GoalTemplates;
import dev.kaohe.goal.GoalView;
import dev.kaohe.goal.Goals;
import dev.kaohe.goal.TemplateApplication;
import dev.kaohe.goal.TemplateForm;
import dev.kaohe.goal.TemplateView;
import dev.kaohe.goal.domain.AdjustmentStatus;
import dev.kaohe.goal.domain.Direction;
import dev.kaohe.goal.domain.GoalCategory;
import dev.kaohe.goal.domain.GoalLevel;
import dev.kaohe.goal.domain.GoalType;
import dev.kaohe.goal.domain.Quarter;
import dev.kaohe.org.OrgUnits;
import dev.kaohe.org.Positions;
import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Goal templates, the confirmation page of a person's goals and the adjustment requests awaiting decision. */
@Controller
class GoalWorkflowPages {

    private final GoalTemplates templates;
    private final GoalConfirmations confirmations;
    private final GoalAdjustments adjustments;
    private final Goals goals;
    private final Positions positions;
    private final OrgUnits units;
    private final Messages messages;
    private final Clock clock;
    private final int pageSize;

    GoalWorkflowPages(GoalTemplates templates, GoalConfirmations confirmations, GoalAdjustments adjustments, Goals goals,
                      Positions positions, OrgUnits units, Messages messages, Clock clock,
                      @org.springframework.beans.factory.annotation.Value("${kaohe.paging.default-size:20}") int pageSize) {
        this.pageSize = pageSize;
        this.templates = templates;
        this.confirmations = confirmations;
        this.adjustments = adjustments;
        this.goals = goals;
        this.positions = positions;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    // templates

    @GetMapping("/goals/templates")
    String templates(Model model) {
        Quarter now = Quarter.of(LocalDate.now(clock));
        model.addAttribute("templates", templates.list());
        model.addAttribute("rows", 5);
        model.addAttribute("year", now.year());
        model.addAttribute("quarter", now.quarter());
        model.addAttribute("dueDate", now.lastDay());
        templateOptions(model);
        return "goal/templates";
    }

    private void templateOptions(Model model) {
        Quarter now = Quarter.of(LocalDate.now(clock));
        model.addAttribute("canManage", templates.canManage());
        model.addAttribute("positions", positions.list());
        model.addAttribute("units", units.list());
        model.addAttribute("categories", GoalCategory.values());
        model.addAttribute("types", GoalType.values());
        model.addAttribute("newline", "\n");
        model.addAttribute("parents", goals.list(now.year(), null, null).stream().filter(g -> g.level() != GoalLevel.PERSONAL).toList());
    }

    @PostMapping("/goals/templates")
    String createTemplate(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
                          @RequestParam(required = false) Long positionId, ItemParams params, RedirectAttributes redirect) {
        try {
            templates.create(new TemplateForm(code, name, positionId, items(params)));
            redirect.addFlashAttribute("flash", messages.get("goal.saved"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("templateErrors", GoalPages.messages(e));
        }
        return "redirect:/goals/templates";
    }

    @GetMapping("/goals/templates/{id}/edit")
    String editTemplate(@PathVariable long id, Model model) {
        if (!templates.canManage()) {
            throw new org.springframework.security.access.AccessDeniedException("templates are kept by HR and managers");
        }
        TemplateView template = templates.get(id);
        templateOptions(model);
        model.addAttribute("template", template);
        model.addAttribute("rows", Math.max(5, template.items().size() + 2));
        return "goal/template-edit";
    }

    @PostMapping("/goals/templates/{id}")
    String updateTemplate(@PathVariable long id, @RequestParam(required = false) String code, @RequestParam(required = false) String name,
                          @RequestParam(required = false) Long positionId, @RequestParam(required = false) Long version,
                          ItemParams params, RedirectAttributes redirect) {
        try {
            templates.update(id, new TemplateForm(code, name, positionId, items(params), version));
            redirect.addFlashAttribute("flash", messages.get("goal.saved"));
            return "redirect:/goals/templates";
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("templateErrors", GoalPages.messages(e));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("templateErrors", List.of(e.getMessage()));
        }
        return "redirect:/goals/templates/" + id + "/edit";
    }

    @PostMapping("/goals/templates/{id}/active")
    String setTemplateActive(@PathVariable long id, @RequestParam boolean active, @RequestParam(required = false) Long version,
                             RedirectAttributes redirect) {
        try {
            templates.setActive(id, active, version);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("templateErrors", GoalPages.messages(e));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("templateErrors", List.of(e.getMessage()));
        }
        return "redirect:/goals/templates";
    }

    /** The item rows of the template form, one list per column. */
    record ItemParams(List<String> itemTitle, List<GoalCategory> itemCategory, List<GoalType> itemType, List<String> itemTarget,
                      List<String> itemUnit, List<String> itemWeight, List<String> itemSource, List<String> itemParent,
                      List<String> itemKeyResults) {
    }

    private List<TemplateForm.Item> items(ItemParams p) {
        List<TemplateForm.Item> items = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; p.itemTitle() != null && i < p.itemTitle().size(); i++) {
            if (p.itemTitle().get(i) == null || p.itemTitle().get(i).isBlank()) {
                continue;
            }
            GoalType type = at(p.itemType(), i) == null ? GoalType.KPI : at(p.itemType(), i);
            String parent = at(p.itemParent(), i);
            Long parentId = null;
            if (parent != null && !parent.isBlank()) {
                try {
                    parentId = Long.valueOf(parent.strip());
                } catch (NumberFormatException e) {
                    problems.add(parent);
                }
            }
            List<TemplateForm.KeyResultItem> keyResults = new ArrayList<>();
            String lines = at(p.itemKeyResults(), i);
            if (type == GoalType.OKR && lines != null) {
                for (String line : lines.split("\\R")) {
                    if (line.isBlank()) {
                        continue;
                    }
                    List<String> cells = List.of(line.split("\\|", -1));
                    keyResults.add(new TemplateForm.KeyResultItem(cells.get(0).strip(), number(cells, 1, problems),
                            at(cells, 2) == null ? null : at(cells, 2).strip(), number(cells, 3, problems)));
                }
            }
            items.add(new TemplateForm.Item(p.itemTitle().get(i), at(p.itemCategory(), i), number(p.itemTarget(), i, problems),
                    at(p.itemUnit(), i), Direction.HIGHER, number(p.itemWeight(), i, problems), at(p.itemSource(), i), null,
                    type, parentId, keyResults));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("items", messages.get("goal.error.format", String.join(", ", problems)));
        }
        return items;
    }

    @PostMapping("/goals/templates/{id}/apply")
    String apply(@PathVariable long id, @RequestParam(required = false) Long orgUnitId, @RequestParam(required = false) Long parentGoalId,
                 @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
                 RedirectAttributes redirect) {
        try {
            TemplateApplication.Result result = templates.apply(id, new TemplateApplication(orgUnitId, parentGoalId, year, quarter, dueDate));
            redirect.addFlashAttribute("flash", messages.get("goal.template.applied", result.created(), result.people().size(), result.skipped().size()));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("templateErrors", GoalPages.messages(e));
        }
        return "redirect:/goals/templates";
    }

    // a person's goals and their confirmation

    @GetMapping("/goals/people/{employeeId}")
    String person(@PathVariable long employeeId, @RequestParam(required = false) Integer year,
                  @RequestParam(required = false) String quarter, Model model) {
        Quarter now = Quarter.of(LocalDate.now(clock));
        int y = year == null ? now.year() : year;
        Integer q = quarter == null ? Integer.valueOf(now.quarter()) : quarter.isBlank() ? null : Integer.valueOf(quarter);
        model.addAttribute("c", confirmations.get(employeeId, y, q));
        model.addAttribute("year", y);
        model.addAttribute("quarter", q);
        model.addAttribute("employeeId", employeeId);
        return "goal/person";
    }

    @PostMapping("/goals/people/{employeeId}/confirmation")
    String confirmation(@PathVariable long employeeId, @RequestParam int year, @RequestParam(required = false) Integer quarter,
                        @RequestParam(defaultValue = "notes") String step, @RequestParam(required = false) String whatNote,
                        @RequestParam(required = false) String howNote, @RequestParam(required = false) String supportNote,
                        @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            switch (step) {
                case "employee" -> confirmations.confirmAsEmployee(employeeId, year, quarter, version);
                case "manager" -> confirmations.confirmAsManager(employeeId, year, quarter, version);
                default -> confirmations.saveNotes(employeeId, year, quarter, new ConfirmationForm(whatNote, howNote, supportNote, version));
            }
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("confirmErrors", GoalPages.messages(e));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("confirmErrors", List.of(e.getMessage()));
        }
        return "redirect:/goals/people/" + employeeId + "?year=" + year + "&quarter=" + (quarter == null ? "" : quarter);
    }

    // adjustments awaiting decision

    @GetMapping("/goals/adjustments")
    String adjustments(@RequestParam(defaultValue = "pending") String show, @RequestParam(required = false) String q,
                       @RequestParam(defaultValue = "0") int page, Model model) {
        String shown = List.of("mine", "pending", "all").contains(show) ? show : "pending";
        var result = adjustments.search("all".equals(shown) ? null : AdjustmentStatus.PENDING, q, "mine".equals(shown),
                org.springframework.data.domain.PageRequest.of(Math.max(page, 0), pageSize));
        model.addAttribute("page", result);
        model.addAttribute("adjustments", result.getContent());
        model.addAttribute("show", shown);
        model.addAttribute("q", q);
        model.addAttribute("filtered", q != null && !q.isBlank());
        model.addAttribute("pagerUrl", org.springframework.web.util.UriComponentsBuilder.fromPath("/goals/adjustments")
                .queryParam("show", shown).queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter(v -> !v.isBlank()))
                .encode().build().toUriString());
        return "goal/adjustments";
    }

    @PostMapping("/goals/adjustments/{id}/decision")
    String decide(@PathVariable long id, @RequestParam(required = false) Boolean approve, @RequestParam(required = false) String note,
                  @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            adjustments.decide(id, new AdjustmentDecision(approve, note, version));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("decisionErrors", GoalPages.messages(e));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("decisionErrors", List.of(e.getMessage()));
        }
        return "redirect:/goals/adjustments";
    }

    private static <T> T at(List<T> values, int i) {
        return values != null && i < values.size() ? values.get(i) : null;
    }

    private static BigDecimal number(List<String> values, int i, List<String> problems) {
        String text = at(values, i);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            problems.add(text);
            return null;
        }
    }

}
