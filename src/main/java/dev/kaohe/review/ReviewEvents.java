package dev.kaohe.review;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.kaohe.cycle.CycleDirectory;
import dev.kaohe.cycle.CyclePhase;
import dev.kaohe.cycle.CyclePhaseChanged;
import dev.kaohe.cycle.CycleView;
import dev.kaohe.cycle.ParticipantView;
import dev.kaohe.intake.ActualsChanged;
import dev.kaohe.platform.notice.NoticeRequested;
import dev.kaohe.review.internal.ResultStore;
import dev.kaohe.scoring.Simulations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What the review module does when something happens elsewhere: a submitted form marks its participant's result as
 * pending in the submitting transaction (the {@link BackgroundCalculation} computes it a moment later), corrected actuals
 * mark results stale and pending until calibration is locked, and a phase change that makes forms due tells the
 * people who have to fill them.
 */
@Component
class ReviewEvents {

    private static final Logger log = LoggerFactory.getLogger(ReviewEvents.class);

    private final ResultCalculator calculator;
    private final ResultStore store;
    private final CycleDirectory directory;
    private final Simulations simulations;
    private final ReviewSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReviewEvents self;

    ReviewEvents(ResultCalculator calculator, ResultStore store, CycleDirectory directory, Simulations simulations,
                 ReviewSettings settings, ApplicationEventPublisher events, Clock clock,
                 @org.springframework.context.annotation.Lazy ReviewEvents self) {
        this.calculator = calculator;
        this.store = store;
        this.directory = directory;
        this.simulations = simulations;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
        this.self = self;
    }

    /** In the submitting transaction: the mark commits (or rolls back) with the submission, so none is lost. */
    @EventListener
    void submitted(FormSubmitted event) {
        store.markPending(event.participantId(), event.cycleId(), "review.reason.inputs", clock.instant());
    }

    /** A 360 or collaboration answer, like a form, marks its participant pending in the answering transaction. */
    @EventListener
    void ratersAnswered(RaterInputsChanged event) {
        store.markPending(event.participantId(), event.cycleId(), "review.reason.inputs", clock.instant());
    }

    /**
     * Leaving the 360 phase completes everyone whose reviewers never answered (their ratings count as they are), so
     * calibration starts from results over all inputs; after the commit, so the calculation sees the new phase.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void calibrationOpened(CyclePhaseChanged event) {
        if (event.to() != CyclePhase.CALIBRATION) {
            return;
        }
        try {
            calculator.recalculate(event.cycleId(), "review.reason.inputs");
        } catch (RuntimeException e) {
            log.warn("Results of cycle {} could not be computed when calibration opened: {}", event.cycleId(), e.toString());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void actualsChanged(ActualsChanged event) {
        self.markStale(event.keys());
    }

    /**
     * Marks the results that used one of these actuals as stale and, until calibration is locked (and when background
     * recalculation is on), their participants as pending; returns the cycles with pending participants.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Set<Long> markStale(List<ActualsChanged.Key> keys) {
        Map<Long, List<ActualsChanged.Key>> byEmployee = keys.stream().collect(Collectors.groupingBy(ActualsChanged.Key::employeeId));
        Set<Long> affected = new LinkedHashSet<>();
        Map<Long, CycleView> cycles = new HashMap<>();
        for (long[] row : store.openParticipations(byEmployee.keySet())) {
            long participantId = row[0];
            long cycleId = row[1];
            CycleView cycle = cycles.computeIfAbsent(cycleId, id -> directory.cycle(id).orElse(null));
            if (cycle == null) {
                continue;
            }
            String period = SchemeItems.period(cycle);
            ParticipantView p = directory.participant(participantId).orElse(null);
            if (p == null || period == null) {
                continue;
            }
            Set<String> codes = SchemeItems.rows(simulations.resolve(p.schemeCode(), p.schemeVersion())).stream()
                    .filter(r -> !r.rated() && r.item().indicatorCode() != null).map(r -> r.item().indicatorCode())
                    .collect(Collectors.toSet());
            List<String> changed = byEmployee.get(row[2]).stream()
                    .filter(k -> period.equals(k.period()) && codes.contains(k.indicatorCode()))
                    .map(ActualsChanged.Key::indicatorCode).distinct().toList();
            if (changed.isEmpty()) {
                continue;
            }
            if (store.current(participantId).isPresent()) {
                store.markStale(participantId, cycleId, String.join(", ", changed) + " @ " + period, clock.instant());
            }
            if (settings.recalculateInBackground() && !store.calibration(cycleId).locked()) {
                store.markPending(participantId, cycleId, "review.reason.actualsChanged", clock.instant());
                affected.add(cycleId);
            }
        }
        return affected;
    }

    @EventListener
    void phaseChanged(CyclePhaseChanged event) {
        if (event.to() != CyclePhase.SELF_ASSESSMENT && event.to() != CyclePhase.MANAGER_ASSESSMENT) {
            return;
        }
        CycleView cycle = directory.cycle(event.cycleId()).orElse(null);
        if (cycle == null) {
            return;
        }
        boolean self = event.to() == CyclePhase.SELF_ASSESSMENT;
        for (ParticipantView p : directory.participants(event.cycleId())) {
            Long recipient = self ? Long.valueOf(p.employeeId()) : p.reviewerEmployeeId();
            if (recipient == null) {
                continue;
            }
            events.publishEvent(new NoticeRequested(recipient, self ? "review.self.due" : "review.manager.due",
                    self ? "review.notice.selfDue" : "review.notice.managerDue",
                    List.of(cycle.name(), p.employeeName(), String.valueOf(cycle.deadlineOf(event.to()))),
                    "/review/cycles/" + cycle.id() + "/assessments/" + p.employeeId(),
                    "review.due:" + cycle.id() + ":" + event.to().name() + ":" + p.id()));
        }
    }
}
