package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How achievement is computed where the plain quotient does not apply.
 *
 * @param lowerIsBetterCeiling the highest achievement (in percent) a lower-is-better indicator can reach.
 *        Its achievement is {@code target ÷ actual}, which grows without bound as the actual approaches zero;
 *        the ceiling bounds it and is also the achievement of an actual of exactly zero (no complaints at
 *        all is the best possible result, never a division by zero). Source default: not given; preset 200%.
 */
public record AchievementPolicy(BigDecimal lowerIsBetterCeiling) {

    /** Lower-is-better achievement capped at 200% (an actual half the target or better). */
    public static final AchievementPolicy DEFAULT = new AchievementPolicy(BigDecimal.valueOf(200));

    public AchievementPolicy {
        Objects.requireNonNull(lowerIsBetterCeiling, "lowerIsBetterCeiling");
        if (lowerIsBetterCeiling.compareTo(Decimals.HUNDRED) < 0) {
            throw ScoringException.of("achievement.lowerIsBetterCeiling",
                    "下限指标的达成率上限不能低于 100%", "the lower-is-better ceiling cannot be below 100%");
        }
    }
}
