package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * The derivation of one item for one person: input, target, the rule's outcome (achievement and band hit),
 * the rater blend for rated items, the score, its weight and its contribution to the composite
 * ({@code score × weight ÷ 100}). {@code problem} is set, and score and contribution are null, when the
 * item could not be scored.
 *
 * @param outcome the measured item's outcome (null for rated items)
 * @param raterOutcomes each rater's outcome for a rated item (empty for measured items)
 */
public record ItemResult(String itemCode, String itemName, String dimensionCode, BigDecimal weight, BigDecimal actual,
                         BigDecimal target, RuleOutcome outcome, Map<Rater, RuleOutcome> raterOutcomes,
                         RaterBlend.Blend blend, BigDecimal score, BigDecimal contribution,
                         ScoringException.Problem problem) implements Describable {

    public Achievement achievement() {
        return outcome == null ? null : outcome.achievement();
    }

    @Override
    public String describe(Locale locale) {
        String head = itemName + Describable.pick(locale, "(权重 ", " (weight ") + Decimals.show(weight) + "%)";
        if (problem != null) {
            return head + ": " + problem.describe(locale);
        }
        StringBuilder text = new StringBuilder(head).append(": ");
        if (outcome != null) {
            if (outcome.achievement() != null) {
                text.append(outcome.achievement().describe(locale)).append("; ");
            }
            text.append(outcome.describe(locale));
        } else {
            raterOutcomes.forEach((rater, o) -> text.append(rater.describe(locale)).append(" ").append(o.describe(locale)).append("; "));
            text.append(Describable.pick(locale, "合成 ", "blend ")).append(blend.describe(locale));
        }
        return text.append(Describable.pick(locale, ";贡献 ", "; contribution ")).append(Decimals.show(score)).append(" × ")
                .append(Decimals.show(weight)).append("% = ").append(Decimals.show(contribution, 4)).toString();
    }
}
