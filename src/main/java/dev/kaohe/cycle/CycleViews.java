package dev.kaohe.cycle;

import java.util.Arrays;
import java.util.List;

import dev.kaohe.cycle.internal.Cycle;
import dev.kaohe.cycle.internal.CycleQueries;
import dev.kaohe.cycle.internal.PhaseSlot;
import org.springframework.stereotype.Component;

/** Turns the aggregate into its view. */
@Component
class CycleViews {

    private final CycleQueries queries;
    private final CycleSettings settings;

    CycleViews(CycleQueries queries, CycleSettings settings) {
        this.queries = queries;
        this.settings = settings;
    }

    CycleView view(Cycle c) {
        List<PhaseView> phases = CyclePhase.ordered().stream().map(p -> {
            PhaseSlot slot = c.getPhases().get(p);
            return new PhaseView(p, slot == null ? null : slot.getOpens(), slot == null ? null : slot.getDeadline(),
                    slot != null && slot.isOverridden(), slot == null ? null : slot.getEnteredAt(), p == c.getPhase(),
                    p.isBefore(c.getPhase()));
        }).toList();
        PhaseSlot current = c.getPhases().get(c.getPhase());
        Population population = new Population(Arrays.asList(c.getPopOrgUnitIds()), c.isPopIncludeSubunits(),
                Arrays.asList(c.getPopPositionIds()), Arrays.asList(c.getPopRegionIds()), c.getPopHiredBefore(),
                c.getPopMinTenureMonths(), c.isPopProbationOnly());
        return new CycleView(c.getId(), c.getName(), c.getType(), c.getPeriodStart(), c.getPeriodEnd(), c.getPeriodLabel(),
                c.getStatus(), c.getPhase(), current == null ? null : current.getDeadline(), phases, c.getSchemeCode(),
                c.getSchemeVersion(), population, c.getQuarterlyCycleId(), queries.participantCount(c.getId()),
                c.getCreatedBy(), c.getCreatedAt(), c.getVersion(),
                c.getPreparationLeadDays() == null ? settings.preparationLeadDays() : c.getPreparationLeadDays(),
                c.getFeedbackDays() == null ? settings.feedbackDays() : c.getFeedbackDays());
    }
}
