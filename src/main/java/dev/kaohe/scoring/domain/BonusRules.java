package dev.kaohe.scoring.domain;

import java.math.BigDecimal;

/**
 * Limits on qualitative bonus points (R78, C22): each award lies in {@code minPoints}–{@code maxPoints};
 * {@code compositeCap} (null: none) caps the final score after bonus points, since the sources leave open
 * whether it may exceed 100.
 */
public record BonusRules(BigDecimal minPoints, BigDecimal maxPoints, BigDecimal compositeCap) {

    /** Source 004: +5 to +10 per award; no cap on the composite. */
    public static final BonusRules SOURCE_004 = new BonusRules(BigDecimal.valueOf(5), BigDecimal.TEN, null);

    public BonusRules {
        if (minPoints == null || maxPoints == null || minPoints.compareTo(maxPoints) > 0) {
            throw ScoringException.of("bonus", "加分范围无效", "the bonus range is invalid");
        }
    }

    public BonusRules withCap(BigDecimal cap) {
        return new BonusRules(minPoints, maxPoints, cap);
    }

    void check(BonusPoints bonus, String path) {
        if (bonus.points().compareTo(minPoints) < 0 || bonus.points().compareTo(maxPoints) > 0) {
            String range = Decimals.show(minPoints) + "–" + Decimals.show(maxPoints);
            throw ScoringException.of(path, "加分 " + Decimals.show(bonus.points()) + " 超出允许范围 " + range,
                    "bonus " + Decimals.show(bonus.points()) + " is outside the allowed " + range);
        }
    }
}
