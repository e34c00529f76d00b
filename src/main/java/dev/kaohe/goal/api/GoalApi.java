package dev.kaohe.goal.api;

import dev.kaohe.platform.web.PageResponse;
import java.net.URI;
import java.util.List;

import dev.kaohe.goal.ActionForm;
import dev.kaohe.goal.ActionView;
import dev.kaohe.goal.AdjustmentDecision;
import dev.kaohe.goal.AdjustmentForm;
import dev.kaohe.goal.AdjustmentView;
import dev.kaohe.goal.CheckInForm;
import dev.kaohe.goal.CheckInView;
import dev.kaohe.goal.ConfirmationForm;
import dev.kaohe.goal.ConfirmationView;
import dev.kaohe.goal.GoalAdjustments;
import dev.kaohe.goal.GoalAlignment;
import dev.kaohe.goal.GoalConfirmations;
import dev.kaohe.goal.GoalExecution;
import dev.kaohe.goal.GoalFilter;
import dev.kaohe.goal.GoalForm;
import dev.kaohe.goal.GoalTemplates;
import dev.kaohe.goal.GoalView;
import dev.kaohe.goal.Goals;
import dev.kaohe.goal.PersonGoals;
import dev.kaohe.goal.RevisionView;
import dev.kaohe.goal.TemplateApplication;
import dev.kaohe.goal.TemplateForm;
import dev.kaohe.goal.TemplateView;
import dev.kaohe.goal.domain.AdjustmentStatus;
import dev.kaohe.goal.domain.GoalLevel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Goals over REST; who may read or change which goal is decided by the services. */
@RestController
@RequestMapping("/api/v1/goals")
class GoalApi {

    private final Goals goals;
    private final GoalAlignment alignment;
    private final GoalTemplates templates;
    private final GoalConfirmations confirmations;
    private final GoalAdjustments adjustments;
    private final GoalExecution execution;
    private final int defaultSize;
    private final int maxSize;

    GoalApi(Goals goals, GoalAlignment alignment, GoalTemplates templates, GoalConfirmations confirmations,
            GoalAdjustments adjustments, GoalExecution execution,
            @org.springframework.beans.factory.annotation.Value("${kaohe.paging.default-size:20}") int defaultSize,
            @org.springframework.beans.factory.annotation.Value("${kaohe.paging.max-size:200}") int maxSize) {
        this.defaultSize = defaultSize;
        this.maxSize = maxSize;
        this.goals = goals;
        this.alignment = alignment;
        this.templates = templates;
        this.confirmations = confirmations;
        this.adjustments = adjustments;
        this.execution = execution;
    }

    @GetMapping
    PageResponse<GoalView> list(@RequestParam int year, @RequestParam(required = false) Integer quarter,
                                @RequestParam(required = false) GoalLevel level, @RequestParam(required = false) String q,
                                @RequestParam(defaultValue = "false") boolean archived,
                                @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        return PageResponse.of(goals.search(new GoalFilter(year, quarter, level, q, archived), pageRequest(page, size)));
    }

    private org.springframework.data.domain.PageRequest pageRequest(int page, Integer size) {
        return org.springframework.data.domain.PageRequest.of(Math.max(page, 0), size == null ? defaultSize : Math.max(1, Math.min(size, maxSize)));
    }

    @PostMapping
    ResponseEntity<GoalView> create(@RequestBody GoalForm form) {
        GoalView created = goals.create(form);
        return ResponseEntity.created(URI.create("/api/v1/goals/" + created.id())).body(created);
    }

    @PostMapping("/smart-check")
    GoalView.SmartView smartCheck(@RequestBody GoalForm form) {
        return goals.checkSmart(form);
    }

    @GetMapping("/{goalId:\\d+}")
    GoalView get(@PathVariable long goalId) {
        return goals.get(goalId);
    }

    @PutMapping("/{goalId:\\d+}")
    GoalView update(@PathVariable long goalId, @RequestBody GoalForm form) {
        return goals.update(goalId, form);
    }

    @PostMapping("/{goalId:\\d+}/archive")
    GoalView archive(@PathVariable long goalId, @RequestBody(required = false) VersionRef version) {
        return goals.archive(goalId, version == null ? null : version.version());
    }

    @GetMapping("/{goalId:\\d+}/revisions")
    List<RevisionView> revisions(@PathVariable long goalId) {
        return adjustments.revisions(goalId);
    }

    @GetMapping("/alignment")
    GoalAlignment.View alignment(@RequestParam int year, @RequestParam(required = false) Integer quarter) {
        return alignment.of(year, quarter);
    }

    // people and confirmation

    @GetMapping("/people/{employeeId}")
    PersonGoals ofPerson(@PathVariable long employeeId, @RequestParam int year, @RequestParam(required = false) Integer quarter) {
        return goals.ofPerson(employeeId, year, quarter);
    }

    @GetMapping("/people/{employeeId}/confirmation")
    ConfirmationView confirmation(@PathVariable long employeeId, @RequestParam int year, @RequestParam(required = false) Integer quarter) {
        return confirmations.get(employeeId, year, quarter);
    }

    @PutMapping("/people/{employeeId}/confirmation")
    ConfirmationView saveNotes(@PathVariable long employeeId, @RequestParam int year, @RequestParam(required = false) Integer quarter,
                               @RequestBody ConfirmationForm form) {
        return confirmations.saveNotes(employeeId, year, quarter, form);
    }

    @PostMapping("/people/{employeeId}/confirmation/employee")
    ConfirmationView confirmAsEmployee(@PathVariable long employeeId, @RequestParam int year,
                                       @RequestParam(required = false) Integer quarter, @RequestBody(required = false) VersionRef version) {
        return confirmations.confirmAsEmployee(employeeId, year, quarter, version == null ? null : version.version());
    }

    @PostMapping("/people/{employeeId}/confirmation/manager")
    ConfirmationView confirmAsManager(@PathVariable long employeeId, @RequestParam int year,
                                      @RequestParam(required = false) Integer quarter, @RequestBody(required = false) VersionRef version) {
        return confirmations.confirmAsManager(employeeId, year, quarter, version == null ? null : version.version());
    }

    // adjustments

    @PostMapping("/{goalId:\\d+}/adjustments")
    ResponseEntity<AdjustmentView> requestAdjustment(@PathVariable long goalId, @RequestBody AdjustmentForm form) {
        AdjustmentView created = adjustments.request(goalId, form);
        return ResponseEntity.created(URI.create("/api/v1/goals/adjustments/" + created.id())).body(created);
    }

    @GetMapping("/{goalId:\\d+}/adjustments")
    List<AdjustmentView> adjustmentsOf(@PathVariable long goalId) {
        return adjustments.ofGoal(goalId);
    }

    @GetMapping("/adjustments")
    PageResponse<AdjustmentView> adjustments(@RequestParam(required = false) AdjustmentStatus status,
                                             @RequestParam(required = false) String q,
                                             @RequestParam(defaultValue = "false") boolean waitingForMe,
                                             @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        return PageResponse.of(adjustments.search(status, q, waitingForMe, pageRequest(page, size)));
    }

    @PostMapping("/adjustments/{adjustmentId}/decision")
    AdjustmentView decide(@PathVariable long adjustmentId, @RequestBody AdjustmentDecision decision) {
        return adjustments.decide(adjustmentId, decision);
    }

    // action plans and check-ins

    @GetMapping("/{goalId:\\d+}/actions")
    List<ActionView> actions(@PathVariable long goalId) {
        return execution.actions(goalId);
    }

    @PostMapping("/{goalId:\\d+}/actions")
    ResponseEntity<ActionView> addAction(@PathVariable long goalId, @RequestBody ActionForm form) {
        ActionView created = execution.addAction(goalId, form);
        return ResponseEntity.created(URI.create("/api/v1/goals/" + goalId + "/actions/" + created.id())).body(created);
    }

    @PutMapping("/{goalId:\\d+}/actions/{actionId}")
    ActionView updateAction(@PathVariable long goalId, @PathVariable long actionId, @RequestBody ActionForm form) {
        return execution.updateAction(goalId, actionId, form);
    }

    @GetMapping("/{goalId:\\d+}/check-ins")
    List<CheckInView> checkIns(@PathVariable long goalId) {
        return execution.checkIns(goalId);
    }

    @PostMapping("/{goalId:\\d+}/check-ins")
    ResponseEntity<CheckInView> checkIn(@PathVariable long goalId, @RequestBody CheckInForm form) {
        CheckInView created = execution.checkIn(goalId, form);
        return ResponseEntity.created(URI.create("/api/v1/goals/" + goalId + "/check-ins/" + created.id())).body(created);
    }

    // templates

    @GetMapping("/templates")
    List<TemplateView> templates() {
        return templates.list();
    }

    @PostMapping("/templates")
    ResponseEntity<TemplateView> createTemplate(@RequestBody TemplateForm form) {
        TemplateView created = templates.create(form);
        return ResponseEntity.created(URI.create("/api/v1/goals/templates/" + created.id())).body(created);
    }

    @GetMapping("/templates/{templateId}")
    TemplateView template(@PathVariable long templateId) {
        return templates.get(templateId);
    }

    @PutMapping("/templates/{templateId}")
    TemplateView updateTemplate(@PathVariable long templateId, @RequestBody TemplateForm form) {
        return templates.update(templateId, form);
    }

    @PostMapping("/templates/{templateId}/deactivate")
    TemplateView deactivateTemplate(@PathVariable long templateId, @RequestBody(required = false) VersionRef version) {
        return templates.setActive(templateId, false, version == null ? null : version.version());
    }

    @PostMapping("/templates/{templateId}/activate")
    TemplateView activateTemplate(@PathVariable long templateId, @RequestBody(required = false) VersionRef version) {
        return templates.setActive(templateId, true, version == null ? null : version.version());
    }

    @PostMapping("/templates/{templateId}/apply")
    TemplateApplication.Result apply(@PathVariable long templateId, @RequestBody TemplateApplication application) {
        return templates.apply(templateId, application);
    }

    record VersionRef(Long version) {
    }
}
