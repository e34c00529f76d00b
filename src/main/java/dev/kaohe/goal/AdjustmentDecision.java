package dev.kaohe.goal;

/** An approver's decision on an adjustment request. */
public record AdjustmentDecision(Boolean approve, String note, Long version) {
}
