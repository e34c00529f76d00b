package dev.kaohe.intake.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.kaohe.identity.CurrentUser;
import dev.kaohe.intake.RecordType;
import dev.kaohe.intake.aggregation.AggregationForm;
import dev.kaohe.intake.aggregation.Aggregations;
import dev.kaohe.intake.aggregation.domain.Field;
import dev.kaohe.intake.aggregation.domain.Grouping;
import dev.kaohe.intake.aggregation.domain.Measure;
import dev.kaohe.intake.aggregation.domain.PeriodKind;
import dev.kaohe.intake.aggregation.domain.TimeUnit;
import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Aggregation definitions (list, create, edit, disable), recompute with progress, and the lineage of an aggregated actual. */
@Controller
class AggregationPages {

    private final Aggregations aggregations;

    AggregationPages(Aggregations aggregations) {
        this.aggregations = aggregations;
    }

    @GetMapping("/intake/aggregations")
    String list(Model model) {
        model.addAttribute("definitions", aggregations.list());
        return "intake/aggregations";
    }

    @GetMapping("/intake/aggregations/new")
    String create(Model model) {
        requireManager();
        return form(model, AggregationForm.blank(), null, Map.of(), null);
    }

    @PostMapping("/intake/aggregations")
    String create(@ModelAttribute AggregationForm form, Model model) {
        try {
            long id = aggregations.create(form).id();
            return "redirect:/intake/aggregations?saved=" + id;
        } catch (InvalidInputException problems) {
            return form(model, form, null, errors(problems), null);
        }
    }

    @GetMapping("/intake/aggregations/{id}")
    String edit(@PathVariable long id, Model model) {
        return form(model, AggregationForm.of(aggregations.get(id)), id, Map.of(), null);
    }

    @PostMapping("/intake/aggregations/{id}")
    String update(@PathVariable long id, @ModelAttribute AggregationForm form, Model model) {
        try {
            aggregations.update(id, form);
            return "redirect:/intake/aggregations?saved=" + id;
        } catch (InvalidInputException problems) {
            return form(model, form, id, errors(problems), null);
        } catch (ConflictException stale) {
            return form(model, AggregationForm.of(aggregations.get(id)), id, Map.of(), stale.getMessage());
        }
    }

    @PostMapping("/intake/aggregations/{id}/enabled")
    String enable(@PathVariable long id, @RequestParam boolean enabled, @RequestParam(required = false) Long version, Model model) {
        try {
            aggregations.setEnabled(id, enabled, version);
        } catch (InvalidInputException | ConflictException refused) {
            model.addAttribute("actionErrors", refused instanceof InvalidInputException i
                    ? i.problems().stream().map(FieldProblem::message).toList() : java.util.List.of(refused.getMessage()));
            return list(model);
        }
        return "redirect:/intake/aggregations";
    }

    @GetMapping("/intake/aggregations/recompute")
    String recompute(Model model) {
        requireManager();
        model.addAttribute("runs", aggregations.runs());
        model.addAttribute("recordTypes", RecordType.values());
        return "intake/aggregation-recompute";
    }

    @PostMapping("/intake/aggregations/recompute")
    String recompute(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                     @RequestParam(required = false) String recordType, Model model) {
        requireManager();
        try {
            UUID job = aggregations.startRecompute(from, to, recordType);
            return "redirect:/jobs/" + job;
        } catch (InvalidInputException problems) {
            model.addAttribute("errors", errors(problems));
            model.addAttribute("from", from);
            model.addAttribute("to", to);
            return recompute(model);
        }
    }

    @PostMapping("/intake/aggregations/runs/{id}/retry")
    String retry(@PathVariable UUID id) {
        requireManager();
        return "redirect:/jobs/" + aggregations.retry(id);
    }

    @GetMapping("/intake/aggregations/actuals/{id}")
    String lineage(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("lineage", aggregations.lineage(id, page));
        return "intake/aggregation-lineage";
    }

    private String form(Model model, AggregationForm form, Long id, Map<String, String> errors, String conflict) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("recordTypes", names(RecordType.values()));
        model.addAttribute("measures", names(Measure.values()));
        model.addAttribute("groupings", names(Grouping.values()));
        model.addAttribute("periodKinds", names(PeriodKind.values()));
        model.addAttribute("timeUnits", names(TimeUnit.values()));
        model.addAttribute("fields", Arrays.stream(Field.values()).map(Field::column).toList());
        return "intake/aggregation-form";
    }

    private void requireManager() {
        if (!aggregations.canManage(CurrentUser.get())) {
            throw new AccessDeniedException("aggregation is managed by HR and admins");
        }
    }

    private static java.util.List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static Map<String, String> errors(InvalidInputException problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.problems().forEach(p -> errors.merge(p.field(), p.message(), (a, b) -> a + " " + b));
        return errors;
    }
}
