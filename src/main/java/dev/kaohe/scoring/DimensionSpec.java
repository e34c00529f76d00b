package dev.kaohe.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A dimension of a scheme: its weight in percent (the sum of its items' weights) and the allowed range of
 * the source scheme ({@code minWeight}/{@code maxWeight}, null where there is none).
 */
public record DimensionSpec(String code, String name, BigDecimal weight, BigDecimal minWeight, BigDecimal maxWeight,
                            List<ItemSpec> items) {

    public DimensionSpec {
        items = items == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(items));
    }
}
