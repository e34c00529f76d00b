package dev.kaohe.goal.domain;

/** The force-majeure reasons a goal adjustment may give (R46). */
public enum AdjustmentReason {
    POLICY_CHANGE, MAJOR_EMERGENCY, OTHER_FORCE_MAJEURE
}
