package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A rule's score (two decimals) with the reason, e.g. "达成率 92% 落在 ≥90% 且 <100% 档 → 80".
 *
 * @param achievement the achievement the rule used, or null for rules that read the raw value
 */
public record RuleOutcome(BigDecimal score, Achievement achievement, Describable reason) implements Describable {

    @Override
    public String describe(Locale locale) {
        return reason.describe(locale);
    }

    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }
}
