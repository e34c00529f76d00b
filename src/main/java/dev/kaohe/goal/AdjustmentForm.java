package dev.kaohe.goal;

import java.math.BigDecimal;
import java.time.LocalDate;

import dev.kaohe.goal.domain.AdjustmentReason;

/** 目标调整申请表 as entered: the force-majeure reason and what should change (target, challenge, time node). */
public record AdjustmentForm(AdjustmentReason reasonCategory, String reason, BigDecimal requestedTarget,
                             BigDecimal requestedChallenge, LocalDate requestedDueDate) {
}
