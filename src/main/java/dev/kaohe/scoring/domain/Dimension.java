package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A dimension of a scheme (业绩指标, 能力素质, …) with its items. {@code weight} is its share of the
 * composite in percent and must equal the sum of its items' weights. {@code minWeight}/{@code maxWeight} is
 * the allowed range of the source scheme (R55: performance 50–60%), null where there is none.
 */
public record Dimension(String code, String name, BigDecimal weight, BigDecimal minWeight, BigDecimal maxWeight,
                        List<Item> items) {

    public Dimension {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(weight, "weight");
        name = name == null ? code : name;
        items = List.copyOf(items);
    }

    public static Dimension of(String code, String name, String weight, Item... items) {
        return new Dimension(code, name, new BigDecimal(weight), null, null, List.of(items));
    }

    public Dimension withRange(String min, String max) {
        return new Dimension(code, name, weight, min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max), items);
    }
}
