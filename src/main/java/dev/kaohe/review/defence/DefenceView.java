package dev.kaohe.review.defence;

import java.time.Instant;

/**
 * A review defence record. {@code id} is null while the participant has not started it. {@code canEdit} and
 * {@code canComment} say what the caller may do with it.
 */
public record DefenceView(Long id, long cycleId, String cycleName, String periodLabel, long participantId, long employeeId,
                          String employeeName, Long orgUnitId, String orgUnitName, Obstacle obstacle, String missedTarget,
                          String channelMix, String customerTiering, String lessons, String managerComment,
                          String commentedBy, Instant commentedAt, DefenceStatus status, Instant submittedAt,
                          Instant updatedAt, long version, boolean canEdit, boolean canComment) {

    DefenceView withRights(boolean edit, boolean comment) {
        return new DefenceView(id, cycleId, cycleName, periodLabel, participantId, employeeId, employeeName, orgUnitId,
                orgUnitName, obstacle, missedTarget, channelMix, customerTiering, lessons, managerComment, commentedBy,
                commentedAt, status, submittedAt, updatedAt, version, edit, comment);
    }
}
