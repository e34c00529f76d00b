package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * One participant's input on one item: the measured actual, their own target (null: the scheme's), the
 * ratings per rater for rated items, and extra named numbers for a formula.
 */
public record ItemInput(BigDecimal actual, BigDecimal target, Map<Rater, BigDecimal> ratings,
                        Map<String, BigDecimal> extras) {

    public ItemInput {
        ratings = ratings == null || ratings.isEmpty() ? Map.of() : new EnumMap<>(ratings);
        extras = extras == null ? Map.of() : Map.copyOf(extras);
    }

    public static ItemInput actual(String actual) {
        return new ItemInput(new BigDecimal(actual), null, null, null);
    }

    public static ItemInput actual(String actual, String target) {
        return new ItemInput(new BigDecimal(actual), new BigDecimal(target), null, null);
    }

    public static ItemInput actual(BigDecimal actual, BigDecimal target) {
        return new ItemInput(actual, target, null, null);
    }

    public static ItemInput ratings(Object... raterAndValue) {
        Map<Rater, BigDecimal> map = new EnumMap<>(Rater.class);
        for (int i = 0; i < raterAndValue.length; i += 2) {
            map.put((Rater) raterAndValue[i], new BigDecimal(raterAndValue[i + 1].toString()));
        }
        return new ItemInput(null, null, map, null);
    }

    public ItemInput withExtras(Map<String, BigDecimal> values) {
        return new ItemInput(actual, target, ratings, values);
    }
}
