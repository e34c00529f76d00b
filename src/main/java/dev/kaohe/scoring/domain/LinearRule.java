package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * Linear: {@code score = achievement% × slope}, kept between {@code floor} and {@code cap}. The cap may be
 * above 100 when a scheme rewards overachievement (C22); the slope may not be negative, so more achievement
 * never earns fewer points.
 */
public record LinearRule(BigDecimal slope, BigDecimal floor, BigDecimal cap) implements ScoringRule {

    /** One point per percent of achievement, 0 to 100. */
    public static final LinearRule PERCENT_0_100 = new LinearRule(BigDecimal.ONE, BigDecimal.ZERO, Decimals.HUNDRED);

    public LinearRule {
        Objects.requireNonNull(slope, "slope");
        if (slope.signum() < 0) {
            throw ScoringException.of("linear.slope", "斜率不能为负数", "the slope cannot be negative");
        }
        if (floor != null && cap != null && floor.compareTo(cap) > 0) {
            throw ScoringException.of("linear", "下限 " + floor.toPlainString() + " 高于上限 " + cap.toPlainString(),
                    "the floor " + floor.toPlainString() + " is above the cap " + cap.toPlainString());
        }
    }

    public static LinearRule of(String slope, String floor, String cap) {
        return new LinearRule(new BigDecimal(slope), floor == null ? null : new BigDecimal(floor),
                cap == null ? null : new BigDecimal(cap));
    }

    @Override
    public boolean needsTarget() {
        return true;
    }

    @Override
    public RuleOutcome apply(Measurement measurement) {
        Achievement achievement = measurement.achievement();
        BigDecimal raw = Decimals.score(achievement.percent().multiply(slope));
        BigDecimal score = Decimals.score(Decimals.clamp(raw, floor, cap));
        return new RuleOutcome(score, achievement, new Applied(achievement, this, raw, score));
    }

    public record Applied(Achievement achievement, LinearRule rule, BigDecimal raw, BigDecimal score)
            implements Describable {
        @Override
        public String describe(Locale locale) {
            String base = Describable.pick(locale, "达成率 ", "achievement ") + Decimals.showPercent(achievement.percent())
                    + " × " + Decimals.show(rule.slope(), 4) + " = " + Decimals.show(raw);
            if (raw.compareTo(score) == 0) {
                return base;
            }
            boolean capped = rule.cap() != null && score.compareTo(rule.cap()) == 0;
            return base + (capped
                    ? Describable.pick(locale, ",封顶 ", ", capped at ")
                    : Describable.pick(locale, ",保底 ", ", floored at ")) + Decimals.show(score);
        }
    }

    @Override
    public String describe(Locale locale) {
        return Describable.pick(locale, "线性:达成率 × ", "linear: achievement × ") + Decimals.show(slope, 4)
                + Describable.pick(locale, ",范围 ", ", range ")
                + (floor == null ? "−∞" : Decimals.show(floor)) + "–" + (cap == null ? "∞" : Decimals.show(cap));
    }
}
