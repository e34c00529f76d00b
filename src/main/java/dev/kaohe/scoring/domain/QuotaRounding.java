package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a quota of a small group becomes a whole number of people: {@code population × share}, then
 * rounded. {@link #FLOOR} (the default) never gives a band more than its share: 5% of 19 people is 0.95,
 * so nobody gets S until the group has 20 members.
 */
public enum QuotaRounding {
    FLOOR(RoundingMode.FLOOR),
    HALF_UP(RoundingMode.HALF_UP),
    CEILING(RoundingMode.CEILING);

    private final RoundingMode mode;

    QuotaRounding(RoundingMode mode) {
        this.mode = mode;
    }

    int count(int population, BigDecimal sharePercent) {
        return BigDecimal.valueOf(population).multiply(sharePercent)
                .divide(Decimals.HUNDRED, 0, mode).intValueExact();
    }
}
