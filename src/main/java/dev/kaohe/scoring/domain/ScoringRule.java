package dev.kaohe.scoring.domain;

/**
 * How one item turns its measurement into points (SPEC §2.8). Each rule type is a small immutable policy,
 * validated when it is built, that returns a score and a readable reason.
 */
public sealed interface ScoringRule extends Describable
        permits TierTable, LinearRule, ThresholdRule, RatingScaleRule, OkrProgressRule, FormulaRule, ManualScoreRule {

    RuleOutcome apply(Measurement measurement);

    /** Whether the rule measures against the item's target (so an item without one is refused). */
    default boolean needsTarget() {
        return false;
    }
}
