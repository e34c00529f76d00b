package dev.kaohe.cycle;

import java.util.List;
import java.util.Optional;

import dev.kaohe.cycle.internal.CycleQueries;
import dev.kaohe.cycle.internal.CycleRepository;
import dev.kaohe.identity.Visibility;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cycle facts for other modules' services, WITHOUT access checks: the caller has decided already whether the
 * current person may act (e.g. the review module lets a nominated peer reviewer open a form although the
 * assessee is outside their reach). Pages and the API use {@link Cycles}, which checks.
 */
@Component
public class CycleDirectory {

    private final CycleRepository cycles;
    private final CycleQueries queries;
    private final CycleViews views;

    CycleDirectory(CycleRepository cycles, CycleQueries queries, CycleViews views) {
        this.cycles = cycles;
        this.queries = queries;
        this.views = views;
    }

    @Transactional(readOnly = true)
    public Optional<CycleView> cycle(long cycleId) {
        return cycles.findById(cycleId).map(views::view);
    }

    public Optional<ParticipantView> participant(long cycleId, long employeeId) {
        return queries.participant(cycleId, employeeId);
    }

    public Optional<ParticipantView> participant(long participantId) {
        return queries.participantById(participantId);
    }

    /** Every participant of the cycle, by employee number. */
    public List<ParticipantView> participants(long cycleId) {
        return queries.allParticipants(cycleId);
    }

    /**
     * The participants of the cycle within a reach: everyone, or a person, those they review and (for a manager) their
     * reporting subtree.
     */
    public List<ParticipantView> participants(long cycleId, Visibility visibility) {
        return queries.participantsInReach(cycleId, visibility);
    }

    /** The monthly cycles linked to this quarterly cycle ({@code quarterly_cycle_id}, R12), earliest month first. */
    @Transactional(readOnly = true)
    public List<CycleView> monthsOf(long quarterlyCycleId) {
        return cycles.findByQuarterlyCycleIdOrderByPeriodStartAscIdAsc(quarterlyCycleId).stream().map(views::view).toList();
    }

    /** The participants of the cycle whose reviewer is this person. */
    public List<ParticipantView> reviewedBy(long cycleId, long reviewerEmployeeId) {
        return queries.reviewedBy(reviewerEmployeeId, cycleId);
    }

    /** The current phase of a cycle; empty when there is no such cycle. */
    @Transactional(readOnly = true)
    public Optional<CyclePhase> phase(long cycleId) {
        return cycles.findById(cycleId).map(c -> c.getPhase());
    }
}
