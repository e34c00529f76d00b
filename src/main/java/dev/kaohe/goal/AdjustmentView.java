package dev.kaohe.goal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import dev.kaohe.goal.domain.AdjustmentReason;
import dev.kaohe.goal.domain.AdjustmentStatus;

/**
 * An adjustment request and its decision.
 *
 * @param countInQuarter which request of this goal in the quarter this is (1 = the first)
 * @param warning        set when the request goes beyond the quarterly limit and the limit only warns
 * @param approverEmployeeId the named approver (the requester's manager); null: HR decides
 * @param waitingForMe   pending, and the caller is the named approver (or HR when HR decides)
 */
public record AdjustmentView(long id, long goalId, String goalTitle, String ownerName, AdjustmentReason reasonCategory,
                             String reason, BigDecimal originalTarget, BigDecimal originalChallenge,
                             LocalDate originalDueDate, BigDecimal requestedTarget, BigDecimal requestedChallenge,
                             LocalDate requestedDueDate, int countInQuarter, AdjustmentStatus status, String requestedBy,
                             Instant requestedAt, String decidedBy, Instant decidedAt, String decisionNote,
                             boolean canDecide, String warning, long version,
                             Long approverEmployeeId, String approverName, boolean waitingForMe) {
}
