package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/** Manual score: the rater enters the points themselves, within {@code min}–{@code max}. */
public record ManualScoreRule(BigDecimal min, BigDecimal max) implements ScoringRule {

    /** 0–100. */
    public static final ManualScoreRule ZERO_TO_HUNDRED = new ManualScoreRule(BigDecimal.ZERO, Decimals.HUNDRED);

    public ManualScoreRule {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.compareTo(max) >= 0) {
            throw ScoringException.of("manual", "最低分必须小于最高分", "the minimum must be below the maximum");
        }
    }

    @Override
    public RuleOutcome apply(Measurement m) {
        BigDecimal entered = m.value();
        if (entered == null || entered.compareTo(min) < 0 || entered.compareTo(max) > 0) {
            String shown = entered == null ? "—" : entered.toPlainString();
            String range = min.toPlainString() + "–" + max.toPlainString();
            throw ScoringException.of("manual", "手工评分 " + shown + " 超出 " + range, "manual score " + shown + " is outside " + range);
        }
        BigDecimal score = Decimals.score(entered);
        return new RuleOutcome(score, null, new Entered(score));
    }

    public record Entered(BigDecimal score) implements Describable {
        @Override
        public String describe(Locale locale) {
            return Describable.pick(locale, "手工评分 ", "manual score ") + Decimals.show(score);
        }
    }

    @Override
    public String describe(Locale locale) {
        return Describable.pick(locale, "手工评分 ", "manual score ") + min.toPlainString() + "–" + max.toPlainString();
    }
}
