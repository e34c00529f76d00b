package dev.kaohe.review.peer;

import java.time.Instant;

/**
 * A nomination as HR and the nominating manager see it. The assessee never sees nominations. {@code formStatus}
 * (who has answered) is shown to HR only; null for others.
 *
 * @param reviewerOrgUnitName the rater's department (a cross-department rater speaks for it)
 */
public record NominationView(long id, long cycleId, long participantId, long assesseeEmployeeId, String assesseeName,
                             RaterKind raterKind, Long reviewerEmployeeId, String reviewerName, String reviewerOrgUnitName,
                             String externalName, String externalEmail, String externalCompany, NominationStatus status,
                             String nominatedBy, Instant nominatedAt, String decidedBy, Instant decidedAt,
                             String decisionNote, FormStatus formStatus, long version) {

    /** The rater's name for lists: the employee or the external customer. */
    public String raterName() {
        return reviewerName != null ? reviewerName : externalName;
    }
}
