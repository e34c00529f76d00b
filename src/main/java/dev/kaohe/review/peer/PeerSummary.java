package dev.kaohe.review.peer;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the assessee and the managers see of 360 and collaboration feedback: per rater kind the number of answers,
 * and, once at least {@code minRatersToShow} answered, the average per item and the cases and comments in no
 * particular order, never with a name. The collaboration form speaks for a department and shows under its name.
 *
 * @param available false for the assessee before the configured phase (then {@code kinds} is empty)
 */
public record PeerSummary(long participantId, String assesseeName, String cycleName, String periodLabel, boolean available,
                          int minRatersToShow, List<KindSummary> kinds) {

    public record KindSummary(RaterKind kind, int answered, boolean shown, List<ItemAverage> items,
                              BigDecimal responseSpeed, BigDecimal cooperation, List<Remark> remarks) {
    }

    public record ItemAverage(String code, String name, BigDecimal average) {
    }

    /** A case and comment without their author; {@code department} only for the collaboration form. */
    public record Remark(String caseText, String comment, String department) {
    }
}
