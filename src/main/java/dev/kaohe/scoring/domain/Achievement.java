package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.util.Locale;

import static dev.kaohe.scoring.domain.Decimals.HUNDRED;
import static dev.kaohe.scoring.domain.Decimals.PERCENT_SCALE;
import static dev.kaohe.scoring.domain.Decimals.ROUNDING;

/**
 * Achievement rate (目标完成率, SPEC R71) in percent, and how it was obtained.
 *
 * <p>Higher is better: {@code actual ÷ target × 100}. Lower is better (R74): {@code target ÷ actual × 100},
 * so an actual half the target is 200%; it is capped at {@link AchievementPolicy#lowerIsBetterCeiling()}.
 * Zeros never divide:
 * <ul>
 *   <li>target 0, higher is better: any actual ≥ 0 has met it (100%); a negative actual has not (0%);</li>
 *   <li>target 0, lower is better: an actual of 0 has met it (100%); anything above has missed it (0%);</li>
 *   <li>actual 0, lower is better, target above 0: the best result there is, the ceiling.</li>
 * </ul>
 * A negative target, or a negative actual for a lower-is-better indicator, is refused: the ratio would
 * reward the wrong direction.
 */
public record Achievement(BigDecimal percent, Basis basis, BigDecimal actual, BigDecimal target, Direction direction)
        implements Describable {

    public enum Basis {
        /** The plain quotient. */
        RATIO,
        /** Lower-is-better quotient, capped at the ceiling. */
        RATIO_CAPPED,
        /** Target 0 and it was met. */
        ZERO_TARGET_MET,
        /** Target 0 and it was missed. */
        ZERO_TARGET_MISSED,
        /** Lower is better and the actual is 0: the ceiling. */
        ZERO_ACTUAL_BEST
    }

    public static Achievement of(BigDecimal actual, BigDecimal target, Direction direction, AchievementPolicy policy) {
        if (actual == null || target == null) {
            throw ScoringException.of("achievement", "缺少实际值或目标值", "actual or target is missing");
        }
        if (target.signum() < 0) {
            throw ScoringException.of("achievement", "目标值不能为负数: " + target.toPlainString(),
                    "a target cannot be negative: " + target.toPlainString());
        }
        if (direction == Direction.HIGHER_IS_BETTER) {
            if (target.signum() == 0) {
                return actual.signum() >= 0
                        ? new Achievement(percent(HUNDRED), Basis.ZERO_TARGET_MET, actual, target, direction)
                        : new Achievement(percent(BigDecimal.ZERO), Basis.ZERO_TARGET_MISSED, actual, target, direction);
            }
            BigDecimal pct = actual.multiply(HUNDRED).divide(target, PERCENT_SCALE, ROUNDING);
            return new Achievement(pct, Basis.RATIO, actual, target, direction);
        }
        if (actual.signum() < 0) {
            throw ScoringException.of("achievement", "越低越好的指标实际值不能为负数: " + actual.toPlainString(),
                    "a lower-is-better actual cannot be negative: " + actual.toPlainString());
        }
        BigDecimal ceiling = percent(policy.lowerIsBetterCeiling());
        if (target.signum() == 0) {
            return actual.signum() == 0
                    ? new Achievement(percent(HUNDRED), Basis.ZERO_TARGET_MET, actual, target, direction)
                    : new Achievement(percent(BigDecimal.ZERO), Basis.ZERO_TARGET_MISSED, actual, target, direction);
        }
        if (actual.signum() == 0) {
            return new Achievement(ceiling, Basis.ZERO_ACTUAL_BEST, actual, target, direction);
        }
        BigDecimal pct = target.multiply(HUNDRED).divide(actual, PERCENT_SCALE, ROUNDING);
        return pct.compareTo(ceiling) > 0
                ? new Achievement(ceiling, Basis.RATIO_CAPPED, actual, target, direction)
                : new Achievement(pct, Basis.RATIO, actual, target, direction);
    }

    private static BigDecimal percent(BigDecimal value) {
        return value.setScale(PERCENT_SCALE, ROUNDING);
    }

    @Override
    public String describe(Locale locale) {
        String a = actual.toPlainString();
        String t = target.toPlainString();
        String p = Decimals.showPercent(percent);
        return switch (basis) {
            case RATIO -> direction == Direction.HIGHER_IS_BETTER
                    ? Describable.pick(locale, "达成率 = 实际 " + a + " ÷ 目标 " + t + " = " + p,
                            "achievement = actual " + a + " ÷ target " + t + " = " + p)
                    : Describable.pick(locale, "达成率(越低越好)= 目标 " + t + " ÷ 实际 " + a + " = " + p,
                            "achievement (lower is better) = target " + t + " ÷ actual " + a + " = " + p);
            case RATIO_CAPPED -> Describable.pick(locale,
                    "达成率(越低越好)= 目标 " + t + " ÷ 实际 " + a + ",封顶 " + p,
                    "achievement (lower is better) = target " + t + " ÷ actual " + a + ", capped at " + p);
            case ZERO_TARGET_MET -> Describable.pick(locale, "目标为 0,实际 " + a + " 已达到 → " + p,
                    "target is 0 and actual " + a + " meets it → " + p);
            case ZERO_TARGET_MISSED -> Describable.pick(locale, "目标为 0,实际 " + a + " 未达到 → " + p,
                    "target is 0 and actual " + a + " misses it → " + p);
            case ZERO_ACTUAL_BEST -> Describable.pick(locale, "越低越好且实际为 0,取达成率上限 " + p,
                    "lower is better and actual is 0: the ceiling " + p);
        };
    }

    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }
}
