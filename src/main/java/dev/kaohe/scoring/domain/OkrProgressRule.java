package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * OKR progress: a key result's progress from 0 to {@code fullProgress} (1.0) maps linearly onto 0 to
 * {@code fullScore} (100). Progress outside that range is refused.
 */
public record OkrProgressRule(BigDecimal fullProgress, BigDecimal fullScore) implements ScoringRule {

    /** 0–1.0 → 0–100. */
    public static final OkrProgressRule ZERO_TO_ONE = new OkrProgressRule(BigDecimal.ONE, Decimals.HUNDRED);

    public OkrProgressRule {
        Objects.requireNonNull(fullProgress, "fullProgress");
        Objects.requireNonNull(fullScore, "fullScore");
        if (fullProgress.signum() <= 0 || fullScore.signum() < 0) {
            throw ScoringException.of("okrProgress", "满进度必须大于 0,满分不能为负数",
                    "full progress must be above 0 and the full score not negative");
        }
    }

    @Override
    public RuleOutcome apply(Measurement m) {
        BigDecimal progress = m.value();
        if (progress == null || progress.signum() < 0 || progress.compareTo(fullProgress) > 0) {
            String shown = progress == null ? "—" : progress.toPlainString();
            throw ScoringException.of("progress", "进度 " + shown + " 超出 0–" + fullProgress.toPlainString(),
                    "progress " + shown + " is outside 0–" + fullProgress.toPlainString());
        }
        BigDecimal score = Decimals.score(progress.multiply(fullScore).divide(fullProgress, Decimals.WORK_SCALE, Decimals.ROUNDING));
        return new RuleOutcome(score, null, new Mapped(progress, this, score));
    }

    public record Mapped(BigDecimal progress, OkrProgressRule rule, BigDecimal score) implements Describable {
        @Override
        public String describe(Locale locale) {
            return Describable.pick(locale, "OKR 进度 ", "OKR progress ") + progress.toPlainString() + " / "
                    + rule.fullProgress().toPlainString() + " → " + Decimals.show(score);
        }
    }

    @Override
    public String describe(Locale locale) {
        return Describable.pick(locale, "OKR 进度 0–", "OKR progress 0–") + fullProgress.toPlainString()
                + " → 0–" + Decimals.show(fullScore);
    }
}
