package dev.kaohe.cycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kaohe.cycle.domain.CyclePeriod;
import dev.kaohe.cycle.domain.DeadlinePlan;
import dev.kaohe.cycle.domain.WorkingCalendar;
import dev.kaohe.cycle.internal.Cycle;
import dev.kaohe.cycle.internal.CycleQueries;
import dev.kaohe.cycle.internal.CycleRepository;
import dev.kaohe.cycle.internal.Participant;
import dev.kaohe.cycle.internal.ParticipantRepository;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Visibility;
import dev.kaohe.indicator.SchemeVersionView;
import dev.kaohe.indicator.Schemes;
import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.FormProblems;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.NotFoundException;
import dev.kaohe.platform.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessment cycles: reading within reach, creating a cycle for a population (participants bound to a locked
 * scheme version and to their manager as reviewer), moving between phases, setting deadlines by hand and
 * changing reviewers. Every write is audited; a change based on a stale version answers 409.
 */
@Service
public class Cycles {

    private final CycleRepository cycles;
    private final ParticipantRepository participants;
    private final CycleQueries queries;
    private final CycleViews views;
    private final CycleAccess access;
    private final WorkCalendars calendars;
    private final CycleSettings settings;
    private final Schemes schemes;
    private final AuditTrail audit;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Cycles(CycleRepository cycles, ParticipantRepository participants, CycleQueries queries, CycleViews views,
           CycleAccess access, WorkCalendars calendars, CycleSettings settings, Schemes schemes, AuditTrail audit,
           Messages messages, ApplicationEventPublisher events, Clock clock) {
        this.cycles = cycles;
        this.participants = participants;
        this.queries = queries;
        this.views = views;
        this.access = access;
        this.calendars = calendars;
        this.settings = settings;
        this.schemes = schemes;
        this.audit = audit;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    // --- reading

    @Transactional(readOnly = true)
    public CycleView get(long cycleId) {
        return views.view(readable(cycleId));
    }

    @Transactional(readOnly = true)
    public Page<CycleView> search(CycleFilter filter, Pageable pageable) {
        CurrentUser user = access.person();
        Page<Long> ids = queries.cycleIds(filter == null ? CycleFilter.none() : filter, access.visibility(user), pageable);
        Map<Long, Cycle> byId = new java.util.HashMap<>();
        cycles.findAllById(ids.getContent()).forEach(c -> byId.put(c.getId(), c));
        return ids.map(id -> views.view(byId.get(id)));
    }

    /** One person's participation; 404 when they do not take part or are out of the caller's reach. */
    @Transactional(readOnly = true)
    public ParticipantView participant(long cycleId, long employeeId) {
        CurrentUser user = access.person();
        readable(cycleId);
        if (!queries.canSeeParticipant(cycleId, employeeId, access.visibility(user))) {
            throw new NotFoundException("participant", cycleId + "/" + employeeId);
        }
        return queries.participant(cycleId, employeeId).orElseThrow(() -> new NotFoundException("participant", cycleId + "/" + employeeId));
    }

    /** The participants the caller may see (all, their subtree and those they review, or only themselves), searchable. */
    @Transactional(readOnly = true)
    public Page<ParticipantView> participants(long cycleId, String q, Pageable pageable) {
        CurrentUser user = access.person();
        readable(cycleId);
        return queries.participants(cycleId, q, access.visibility(user), pageable);
    }

    /** The cycles the caller takes part in, newest first (for home tiles and the review module's lists). */
    @Transactional(readOnly = true)
    public List<ParticipantView> myParticipations() {
        CurrentUser user = access.person();
        if (user.employeeId() == null) {
            return List.of();
        }
        Visibility self = new Visibility(false, user.employeeId(), null);
        List<ParticipantView> mine = new ArrayList<>();
        for (Long id : queries.cycleIds(CycleFilter.none(), self, Pageable.ofSize(50)).getContent()) {
            queries.participant(id, user.employeeId()).ifPresent(mine::add);
        }
        return mine;
    }

    public boolean canManage() {
        return access.canManage(access.person());
    }

    /** How many people the criteria select at the period's start (the create form's preview). */
    @Transactional(readOnly = true)
    public long previewPopulation(Population population, LocalDate periodStart) {
        CurrentUser user = access.person();
        access.requireManager(user);
        return queries.populationCount(population == null ? Population.everyone() : population,
                periodStart == null ? LocalDate.now(clock) : periodStart);
    }

    /** The deadlines a period would get from the configured plan on the current calendar. */
    public Map<CyclePhase, LocalDate> plannedDeadlines(LocalDate periodStart, LocalDate periodEnd) {
        return settings.deadlinePlan().deadlines(periodStart, periodEnd, calendars.calendar());
    }

    // --- writing

    @Transactional
    public CycleView create(CycleForm form) {
        CurrentUser user = access.person();
        access.requireManager(user);
        FormProblems problems = new FormProblems(messages, "cycle");
        String name = problems.text("name", form.name(), 100, true);
        problems.required("type", form.type());
        problems.required("periodStart", form.periodStart());
        problems.required("periodEnd", form.periodEnd());
        if (form.periodStart() != null && form.periodEnd() != null) {
            if (form.periodEnd().isBefore(form.periodStart())) {
                problems.add("periodEnd", form.periodEnd(), "cycle.error.endBeforeStart");
            } else if (form.type() != null && !CyclePeriod.fits(form.type(), form.periodStart(), form.periodEnd())) {
                problems.add("periodEnd", form.periodEnd(), "cycle.error.periodFit",
                        messages.get("cycle.type." + form.type().name()));
            } else if (form.periodStart().getYear() < 2000 || form.periodEnd().getYear() > 2100) {
                problems.add("periodStart", form.periodStart(), "cycle.error.periodRange");
            }
        }
        SchemeVersionView scheme = scheme(form.schemeCode(), form.schemeVersion(), problems);
        Population population = form.population() == null ? Population.everyone() : form.population();
        if (population.minTenureMonths() != null && (population.minTenureMonths() < 0 || population.minTenureMonths() > 600)) {
            problems.add("population.minTenureMonths", population.minTenureMonths(), "cycle.error.tenure");
        }
        if (form.preparationLeadDays() != null && (form.preparationLeadDays() < settings.preparationLeadMinDays()
                || form.preparationLeadDays() > settings.preparationLeadMaxDays())) {
            problems.add("preparationLeadDays", form.preparationLeadDays(), "cycle.error.preparationLead",
                    settings.preparationLeadMinDays(), settings.preparationLeadMaxDays());
        }
        if (form.feedbackDays() != null && (form.feedbackDays() < settings.feedbackMinDays()
                || form.feedbackDays() > settings.feedbackMaxDays())) {
            problems.add("feedbackDays", form.feedbackDays(), "cycle.error.feedbackDays",
                    settings.feedbackMinDays(), settings.feedbackMaxDays());
        }
        Cycle quarterly = null;
        if (form.quarterlyCycleId() != null) {
            quarterly = cycles.findById(form.quarterlyCycleId()).orElse(null);
            if (form.type() != CycleType.MONTHLY) {
                problems.add("quarterlyCycleId", form.quarterlyCycleId(), "cycle.error.quarterlyOnlyMonthly");
            } else if (quarterly == null || quarterly.getType() != CycleType.QUARTERLY) {
                problems.add("quarterlyCycleId", form.quarterlyCycleId(), "cycle.error.quarterlyUnknown");
            } else if (form.periodStart() != null
                    && !CyclePeriod.monthInQuarter(form.periodStart(), quarterly.getPeriodStart(), quarterly.getPeriodEnd())) {
                problems.add("quarterlyCycleId", form.quarterlyCycleId(), "cycle.error.quarterlyOtherQuarter", quarterly.getPeriodLabel());
            }
        }
        if (problems.isEmpty() && queries.populationCount(population, form.periodStart()) == 0) {
            problems.add("population", null, "cycle.error.populationEmpty");
        }
        problems.throwIfAny();

        Instant now = clock.instant();
        Cycle cycle = new Cycle(name, form.type(), form.periodStart(), form.periodEnd(),
                CyclePeriod.label(form.type(), form.periodStart(), form.periodEnd()), user.username(), now);
        cycle.scheme(scheme.schemeCode(), scheme.number());
        cycle.population(population.orgUnitIds().toArray(Long[]::new), population.includeSubunits(),
                population.positionIds().toArray(Long[]::new), population.regionIds().toArray(Long[]::new),
                population.hiredBefore(), population.minTenureMonths(), population.probationOnly());
        cycle.setQuarterlyCycleId(quarterly == null ? null : quarterly.getId());
        cycle.windows(form.preparationLeadDays() == null ? settings.preparationLeadDays() : form.preparationLeadDays(),
                form.feedbackDays() == null ? settings.feedbackDays() : form.feedbackDays());
        plan(cycle);
        cycle.enterFirstPhase(now, LocalDate.now(clock.withZone(settings.zone())));
        cycle = cycles.saveAndFlush(cycle);
        int count = queries.insertParticipants(cycle.getId(), population, form.periodStart(), scheme.schemeCode(), scheme.number(), now);
        CycleView view = views.view(cycle);
        audit.record("cycle.create", "cycle", cycle.getId(), null, State.of(view));
        events.publishEvent(new CycleCreated(cycle.getId(), cycle.getType(), count));
        return view;
    }

    /** Moves the cycle to another phase (see {@link PhaseChange} for when a reason is needed). */
    @Transactional
    public CycleView changePhase(long cycleId, PhaseChange change) {
        CurrentUser user = access.person();
        access.requireManager(user);
        Cycle cycle = load(cycleId);
        requireVersion(cycle, change.version());
        CyclePhase from = cycle.getPhase();
        String refusal = cycle.moveTo(change.to(), FormProblems.blankToNull(change.reason()), clock.instant());
        if (refusal != null) {
            throw new InvalidInputException(List.of(new FieldProblem(change.to() == null ? "to" : "reason",
                    change.to() == null ? null : change.to().name(),
                    messages.get(refusal, messages.get("cycle.phase." + from.name()),
                            change.to() == null ? "" : messages.get("cycle.phase." + change.to().name())))));
        }
        if (change.reason() != null && change.reason().strip().length() > 500) {
            throw new InvalidInputException(List.of(new FieldProblem("reason", null, messages.get("cycle.error.tooLong",
                    messages.get("cycle.field.reason"), 500))));
        }
        cycle = cycles.saveAndFlush(cycle);
        audit.record("cycle.phase", "cycle", cycleId, Map.of("phase", from.name()),
                reasoned(Map.of("phase", cycle.getPhase().name()), change.reason()));
        events.publishEvent(new CyclePhaseChanged(cycleId, from, cycle.getPhase()));
        return views.view(cycle);
    }

    /** Sets one phase's deadline by hand (or back to the computed one when {@code deadline} is null). */
    @Transactional
    public CycleView changeDeadline(long cycleId, DeadlineChange change) {
        CurrentUser user = access.person();
        access.requireManager(user);
        Cycle cycle = load(cycleId);
        requireVersion(cycle, change.version());
        FormProblems problems = new FormProblems(messages, "cycle");
        problems.required("phase", change.phase());
        if (change.deadline() != null && (change.deadline().getYear() < 2000 || change.deadline().getYear() > 2100)) {
            problems.add("deadline", change.deadline(), "cycle.error.periodRange");
        }
        problems.text("reason", change.reason(), 500, false);
        problems.throwIfAny();
        LocalDate before = cycle.getPhases().get(change.phase()).getDeadline();
        if (change.deadline() == null) {
            cycle.getPhases().get(change.phase()).computed(cycle.getPhases().get(change.phase()).getOpens(), before);
            plan(cycle);
        } else {
            cycle.getPhases().get(change.phase()).override(change.deadline());
        }
        cycle.touch(clock.instant());
        cycle = cycles.saveAndFlush(cycle);
        audit.record("cycle.deadline", "cycle", cycleId, Map.of("phase", change.phase().name(), "deadline", String.valueOf(before)),
                reasoned(Map.of("phase", change.phase().name(), "deadline",
                        String.valueOf(cycle.getPhases().get(change.phase()).getDeadline())), change.reason()));
        return views.view(cycle);
    }

    /** Recomputes the deadlines not set by hand, e.g. after the calendar of the year was imported. */
    @Transactional
    public CycleView replan(long cycleId, Long version) {
        CurrentUser user = access.person();
        access.requireManager(user);
        Cycle cycle = load(cycleId);
        requireVersion(cycle, version);
        plan(cycle);
        cycle.touch(clock.instant());
        cycle = cycles.saveAndFlush(cycle);
        audit.record("cycle.replan", "cycle", cycleId, null, Map.of("phases", deadlines(cycle)));
        return views.view(cycle);
    }

    /** Gives a participant another reviewer; the reviewer must be an active employee other than the participant. */
    @Transactional
    public ParticipantView changeReviewer(long cycleId, long employeeId, ReviewerChange change) {
        CurrentUser user = access.person();
        access.requireManager(user);
        Cycle cycle = load(cycleId);
        Participant participant = participants.findByCycleIdAndEmployeeId(cycleId, employeeId)
                .orElseThrow(() -> new NotFoundException("participant", cycleId + "/" + employeeId));
        FormProblems problems = new FormProblems(messages, "cycle");
        if (participant.getVersion() != (change.version() == null ? -1 : change.version()) && change.version() != null) {
            throw new ConflictException(messages.get("cycle.error.stale", participant.getVersion()));
        }
        if (change.version() == null) {
            problems.required("version", null);
        }
        problems.required("reviewerEmployeeId", change.reviewerEmployeeId());
        problems.text("reason", change.reason(), 500, false);
        if (change.reviewerEmployeeId() != null) {
            if (change.reviewerEmployeeId() == participant.getEmployeeId()) {
                problems.add("reviewerEmployeeId", change.reviewerEmployeeId(), "cycle.error.reviewerSelf");
            } else if (queries.activeEmployeeName(change.reviewerEmployeeId()).isEmpty()) {
                problems.add("reviewerEmployeeId", change.reviewerEmployeeId(), "cycle.error.reviewerUnknown");
            }
        }
        if (cycle.getStatus() == CycleStatus.CLOSED) {
            throw new ConflictException(messages.get("cycle.error.closed"));
        }
        problems.throwIfAny();
        Long before = participant.getReviewerEmployeeId();
        participant.setReviewerEmployeeId(change.reviewerEmployeeId());
        participants.saveAndFlush(participant);
        audit.record("cycle.reviewer", "cycle_participant", participant.getId(), Map.of("reviewer", String.valueOf(before)),
                reasoned(Map.of("reviewer", String.valueOf(change.reviewerEmployeeId())), change.reason()));
        return queries.participantById(participant.getId()).orElseThrow();
    }

    // --- helpers

    private Cycle readable(long cycleId) {
        CurrentUser user = access.person();
        Cycle cycle = load(cycleId);
        if (!queries.canSeeCycle(cycleId, access.visibility(user))) {
            throw new NotFoundException("cycle", cycleId);
        }
        return cycle;
    }

    private Cycle load(long cycleId) {
        return cycles.findById(cycleId).orElseThrow(() -> new NotFoundException("cycle", cycleId));
    }

    private void plan(Cycle cycle) {
        DeadlinePlan plan = settings.deadlinePlan(cycle.getPreparationLeadDays(), cycle.getFeedbackDays());
        WorkingCalendar calendar = calendars.calendar();
        Map<CyclePhase, LocalDate> deadlines = plan.deadlines(cycle.getPeriodStart(), cycle.getPeriodEnd(), calendar);
        for (CyclePhase phase : CyclePhase.values()) {
            LocalDate opens = phase == CyclePhase.PREPARATION ? plan.preparationOpens(cycle.getPeriodStart(), calendar) : null;
            cycle.planPhase(phase, opens, deadlines.get(phase));
        }
    }

    private SchemeVersionView scheme(String code, Integer version, FormProblems problems) {
        String text = FormProblems.blankToNull(code);
        if (text == null) {
            problems.add("schemeCode", null, "cycle.error.required", problems.label("schemeCode"));
            return null;
        }
        List<SchemeVersionView> versions;
        try {
            versions = schemes.versions(text);
        } catch (NotFoundException e) {
            problems.add("schemeCode", text, "cycle.error.schemeUnknown", text);
            return null;
        }
        Optional<SchemeVersionView> chosen = version == null
                ? versions.stream().filter(SchemeVersionView::locked).max(Comparator.comparingInt(SchemeVersionView::number))
                : versions.stream().filter(v -> v.number() == version).findFirst();
        if (chosen.isEmpty()) {
            problems.add(version == null ? "schemeCode" : "schemeVersion", version == null ? text : version,
                    version == null ? "cycle.error.schemeNoLocked" : "cycle.error.schemeVersionUnknown", text, version);
            return null;
        }
        if (!chosen.get().locked()) {
            problems.add("schemeVersion", version, "cycle.error.schemeDraft", text, version);
            return null;
        }
        return chosen.get();
    }

    private void requireVersion(Cycle cycle, Long version) {
        new FormProblems(messages, "cycle").requireVersion(cycle.getVersion(), version);
    }

    private static Map<String, Object> reasoned(Map<String, Object> state, String reason) {
        String text = FormProblems.blankToNull(reason);
        if (text == null) {
            return state;
        }
        Map<String, Object> out = new java.util.TreeMap<>(state);
        out.put("reason", text);
        return out;
    }

    private static Map<String, String> deadlines(Cycle cycle) {
        Map<String, String> out = new java.util.TreeMap<>();
        cycle.getPhases().forEach((p, s) -> out.put(p.name(), String.valueOf(s.getDeadline())));
        return out;
    }

    record State(String name, String type, String period, String scheme, Population population, long participants,
                 Map<String, String> deadlines, String status, int preparationLeadDays, int feedbackDays) {
        static State of(CycleView v) {
            Map<String, String> d = new java.util.TreeMap<>();
            v.phases().forEach(p -> d.put(p.phase().name(), String.valueOf(p.deadline())));
            return new State(v.name(), v.type().name(), v.periodLabel(), v.schemeCode() + " v" + v.schemeVersion(),
                    v.population(), v.participantCount(), d, v.status().name(), v.preparationLeadDays(), v.feedbackDays());
        }
    }
}
