package dev.kaohe.goal.domain;

/** Where an adjustment request stands. */
public enum AdjustmentStatus {
    PENDING, APPROVED, REJECTED
}
