package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a rule scores: one value (the actual, or one rater's rating or progress), the target it is measured
 * against, the indicator's direction, and any further named inputs an administrator formula may use.
 */
public record Measurement(BigDecimal value, BigDecimal target, Direction direction, Map<String, BigDecimal> inputs,
                          AchievementPolicy policy) {

    public Measurement {
        inputs = inputs == null ? Map.of() : inputs;
        direction = direction == null ? Direction.HIGHER_IS_BETTER : direction;
        policy = policy == null ? AchievementPolicy.DEFAULT : policy;
    }

    public static Measurement of(BigDecimal value, BigDecimal target, Direction direction) {
        return new Measurement(value, target, direction, Map.of(), AchievementPolicy.DEFAULT);
    }

    public static Measurement of(BigDecimal value) {
        return new Measurement(value, null, Direction.HIGHER_IS_BETTER, Map.of(), AchievementPolicy.DEFAULT);
    }

    public Achievement achievement() {
        return Achievement.of(value, target, direction, policy);
    }
}
