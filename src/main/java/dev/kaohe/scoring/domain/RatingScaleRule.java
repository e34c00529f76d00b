package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * Rating scale: a rating between {@code min} and {@code max} (1–5) maps linearly onto
 * {@code scoreAtMin}–{@code scoreAtMax} (0–100), so 4 on 1–5 is 75. A rating outside the scale is refused.
 */
public record RatingScaleRule(BigDecimal min, BigDecimal max, BigDecimal scoreAtMin, BigDecimal scoreAtMax)
        implements ScoringRule {

    /** 1–5 → 0–100. */
    public static final RatingScaleRule ONE_TO_FIVE = new RatingScaleRule(BigDecimal.ONE, BigDecimal.valueOf(5),
            BigDecimal.ZERO, Decimals.HUNDRED);

    public RatingScaleRule {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(scoreAtMin, "scoreAtMin");
        Objects.requireNonNull(scoreAtMax, "scoreAtMax");
        if (min.compareTo(max) >= 0) {
            throw ScoringException.of("ratingScale", "量表最小值必须小于最大值", "the scale's minimum must be below its maximum");
        }
        if (scoreAtMin.compareTo(scoreAtMax) > 0) {
            throw ScoringException.of("ratingScale", "最低评分的得分不能高于最高评分", "the lowest rating cannot score more than the highest");
        }
    }

    @Override
    public RuleOutcome apply(Measurement m) {
        BigDecimal rating = m.value();
        if (rating == null || rating.compareTo(min) < 0 || rating.compareTo(max) > 0) {
            String shown = rating == null ? "—" : rating.toPlainString();
            throw ScoringException.of("rating", "评分 " + shown + " 超出量表 " + range(),
                    "rating " + shown + " is outside the scale " + range());
        }
        BigDecimal fraction = rating.subtract(min).divide(max.subtract(min), Decimals.WORK_SCALE, Decimals.ROUNDING);
        BigDecimal score = Decimals.score(scoreAtMin.add(fraction.multiply(scoreAtMax.subtract(scoreAtMin))));
        return new RuleOutcome(score, null, new Mapped(rating, this, score));
    }

    private String range() {
        return min.toPlainString() + "–" + max.toPlainString();
    }

    public record Mapped(BigDecimal rating, RatingScaleRule scale, BigDecimal score) implements Describable {
        @Override
        public String describe(Locale locale) {
            return Describable.pick(locale, "评分 ", "rating ") + rating.toPlainString()
                    + Describable.pick(locale, "(量表 ", " (scale ") + scale.range() + " → "
                    + Decimals.show(scale.scoreAtMin()) + "–" + Decimals.show(scale.scoreAtMax()) + ") → " + Decimals.show(score);
        }
    }

    @Override
    public String describe(Locale locale) {
        return Describable.pick(locale, "评分量表 ", "rating scale ") + range() + " → "
                + Decimals.show(scoreAtMin) + "–" + Decimals.show(scoreAtMax);
    }
}
