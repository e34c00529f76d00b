package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * Threshold (R76): the actual is compared with the target itself, not as a ratio; "≥ 4.5" met → 100.
 * Higher-is-better items meet it at {@code actual ≥ target}, lower-is-better at {@code actual ≤ target}
 * ({@code strict} drops the equality). The sources do not say what a miss scores: {@code missedScore}.
 */
public record ThresholdRule(BigDecimal metScore, BigDecimal missedScore, boolean strict) implements ScoringRule {

    /** Met → 100, missed → 0, the target itself counts as met. */
    public static final ThresholdRule MET_100_MISSED_0 = new ThresholdRule(Decimals.HUNDRED, BigDecimal.ZERO, false);

    public ThresholdRule {
        Objects.requireNonNull(metScore, "metScore");
        Objects.requireNonNull(missedScore, "missedScore");
        if (missedScore.compareTo(metScore) > 0) {
            throw ScoringException.of("threshold", "未达标得分不能高于达标得分", "a miss cannot score more than a hit");
        }
    }

    public static ThresholdRule missedScores(String missedScore) {
        return new ThresholdRule(Decimals.HUNDRED, new BigDecimal(missedScore), false);
    }

    @Override
    public boolean needsTarget() {
        return true;
    }

    @Override
    public RuleOutcome apply(Measurement m) {
        if (m.value() == null || m.target() == null) {
            throw ScoringException.of("threshold", "缺少实际值或门槛值", "actual or threshold is missing");
        }
        int c = m.value().compareTo(m.target());
        boolean higher = m.direction() == Direction.HIGHER_IS_BETTER;
        boolean met = higher ? (strict ? c > 0 : c >= 0) : (strict ? c < 0 : c <= 0);
        BigDecimal score = Decimals.score(met ? metScore : missedScore);
        return new RuleOutcome(score, null, new Checked(m.value(), m.target(), comparator(higher), met, score));
    }

    private String comparator(boolean higher) {
        return higher ? (strict ? ">" : "≥") : (strict ? "<" : "≤");
    }

    public record Checked(BigDecimal actual, BigDecimal threshold, String comparator, boolean met, BigDecimal score)
            implements Describable {
        @Override
        public String describe(Locale locale) {
            String cond = comparator + " " + threshold.toPlainString();
            return met
                    ? Describable.pick(locale, "实际 " + actual.toPlainString() + " 达到门槛 " + cond + " → " + Decimals.show(score),
                            "actual " + actual.toPlainString() + " meets " + cond + " → " + Decimals.show(score))
                    : Describable.pick(locale, "实际 " + actual.toPlainString() + " 未达到门槛 " + cond + " → " + Decimals.show(score),
                            "actual " + actual.toPlainString() + " misses " + cond + " → " + Decimals.show(score));
        }
    }

    @Override
    public String describe(Locale locale) {
        return Describable.pick(locale, "门槛:达标 " + Decimals.show(metScore) + ",未达标 " + Decimals.show(missedScore),
                "threshold: met " + Decimals.show(metScore) + ", missed " + Decimals.show(missedScore));
    }
}
