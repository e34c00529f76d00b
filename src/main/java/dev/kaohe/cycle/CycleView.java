package dev.kaohe.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A cycle as pages, the API and other modules see it. {@code version} is the optimistic-lock version to send
 * back with a change.
 *
 * @param periodLabel       e.g. {@code 2026 Q3}, {@code 2026-07}, {@code 2026 H2}
 * @param phaseDeadline     the deadline of {@code phase}
 * @param quarterlyCycleId  for a monthly cycle, the quarterly cycle its results post into (R12)
 * @param preparationLeadDays  working days preparation opens before the period (R14); status SCHEDULED until then
 * @param feedbackDays      working days the feedback phase has after publication (R16)
 */
public record CycleView(long id, String name, CycleType type, LocalDate periodStart, LocalDate periodEnd, String periodLabel,
                        CycleStatus status, CyclePhase phase, LocalDate phaseDeadline, List<PhaseView> phases,
                        String schemeCode, int schemeVersion, Population population, Long quarterlyCycleId,
                        long participantCount, String createdBy, Instant createdAt, long version,
                        int preparationLeadDays, int feedbackDays) {

    /** The day preparation opens (a SCHEDULED cycle opens itself then). */
    public LocalDate opens() {
        return phaseView(CyclePhase.PREPARATION).opens();
    }

    public PhaseView phaseView(CyclePhase wanted) {
        return phases.stream().filter(p -> p.phase() == wanted).findFirst().orElseThrow();
    }

    public LocalDate deadlineOf(CyclePhase wanted) {
        return phaseView(wanted).deadline();
    }
}
