package dev.kaohe.review.peer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One rater's form as the rater sees it: whom and what they rate, their answers so far, and the rules (the case's
 * minimum length, the collaboration scale). {@code editable} is false once submitted or when the phase is over.
 */
public record FeedbackFormView(long nominationId, long cycleId, String cycleName, String periodLabel, String assesseeName,
                               String assesseeOrgUnitName, RaterKind raterKind, FormStatus status, List<ItemToRate> items,
                               Map<String, BigDecimal> ratings, String caseText, String comment,
                               BigDecimal responseSpeed, BigDecimal cooperation, BigDecimal scaleMin, BigDecimal scaleMax,
                               int caseMinLength, int commentMinLength, boolean editable, Instant submittedAt, long version) {

    public boolean collaboration() {
        return raterKind == RaterKind.CROSS_DEPARTMENT;
    }
}
