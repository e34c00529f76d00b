package dev.kaohe.intake.aggregation.domain;

import java.math.BigDecimal;

/**
 * What the records of one subject and period add up to, before a measure turns it into a value. The meaning of
 * {@code a}, {@code b} and {@code c} depends on the measure:
 * SUM a = sum; DISTINCT_COUNT a = distinct values; AVERAGE a = sum, b = values present; RATIO a = numerator sum,
 * b = denominator sum; SHARE a = part sum, b = whole sum; NET_PROMOTER a = promoters, b = answers, c = detractors;
 * TIME_BETWEEN a = total time, b = complete pairs, c = pairs left out (no end, or end before start);
 * GROWTH a = this period's sum, b = the previous period's sum (null: no previous period).
 */
public record Tally(long records, BigDecimal a, BigDecimal b, BigDecimal c) {

    public static Tally of(long records, BigDecimal a, BigDecimal b, BigDecimal c) {
        return new Tally(records, a, b, c);
    }

    public static Tally of(long records, BigDecimal a, BigDecimal b) {
        return new Tally(records, a, b, null);
    }

    public static Tally of(long records, BigDecimal a) {
        return new Tally(records, a, null, null);
    }
}
