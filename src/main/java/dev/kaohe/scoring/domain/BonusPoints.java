package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * Qualitative bonus points for a notable contribution (R78), or extra points a 360/peer reviewer proposes on
 * a named item backed by a case (R79). The reason is required: points without one are refused.
 *
 * @param itemCode the item the points are proposed on, or null for the whole result
 */
public record BonusPoints(BigDecimal points, String reason, Rater proposedBy, String itemCode) implements Describable {

    public BonusPoints {
        Objects.requireNonNull(points, "points");
        if (reason == null || reason.isBlank()) {
            throw ScoringException.of("bonus.reason", "加分必须写明理由", "bonus points need a reason");
        }
    }

    public static BonusPoints of(String points, String reason) {
        return new BonusPoints(new BigDecimal(points), reason, Rater.MANAGER, null);
    }

    @Override
    public String describe(Locale locale) {
        String by = proposedBy == null ? "" : proposedBy.describe(locale) + " ";
        String on = itemCode == null ? "" : Describable.pick(locale, "(指标 " + itemCode + ")", " (on " + itemCode + ")");
        return by + "+" + Decimals.show(points) + on + ": " + reason;
    }
}
