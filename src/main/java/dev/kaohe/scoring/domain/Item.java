package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One indicator in a scheme. {@code weight} is its share of the whole composite in percent, as in the
 * source form (E1: sales 50%, new customers 30%, communication 20%); a dimension's weight is the sum of its
 * items'. {@code target} is the default, which a participant's own target replaces. {@code blend} overrides
 * the evaluation's rater blend for a rated item (null: use the evaluation's).
 */
public record Item(String code, String name, BigDecimal weight, Direction direction, BigDecimal target,
                   ScoringRule rule, InputSource source, RaterBlend blend) {

    public Item {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(rule, "rule");
        name = name == null ? code : name;
        direction = direction == null ? Direction.HIGHER_IS_BETTER : direction;
        source = source == null ? InputSource.MEASURED : source;
    }

    public static Item measured(String code, String name, String weight, String target, ScoringRule rule) {
        return new Item(code, name, new BigDecimal(weight), Direction.HIGHER_IS_BETTER,
                target == null ? null : new BigDecimal(target), rule, InputSource.MEASURED, null);
    }

    public static Item rated(String code, String name, String weight, ScoringRule rule) {
        return new Item(code, name, new BigDecimal(weight), Direction.HIGHER_IS_BETTER, null, rule, InputSource.RATED, null);
    }

    public Item lowerIsBetter() {
        return new Item(code, name, weight, Direction.LOWER_IS_BETTER, target, rule, source, blend);
    }

    public Item withBlend(RaterBlend raterBlend) {
        return new Item(code, name, weight, direction, target, rule, source, raterBlend);
    }
}
