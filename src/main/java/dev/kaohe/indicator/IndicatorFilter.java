package dev.kaohe.indicator;

import dev.kaohe.org.PositionFamily;

/**
 * Filters of the indicator list; null means any. {@code q} matches code, Chinese or English name.
 * {@code family} matches indicators for that family and those for every position.
 */
public record IndicatorFilter(String q, IndicatorDimension dimension, IndicatorType type, Measure measure,
                              PositionFamily family, Boolean active) {

    public static IndicatorFilter all() {
        return new IndicatorFilter(null, null, null, null, null, null);
    }

    public boolean isEmpty() {
        return (q == null || q.isBlank()) && dimension == null && type == null && measure == null && family == null
                && active == null;
    }
}
