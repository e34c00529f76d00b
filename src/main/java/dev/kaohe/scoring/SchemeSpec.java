package dev.kaohe.scoring;

import java.util.List;

/**
 * A scheme (考核方案) as data: what the indicator module stores, the simulation API accepts inline, and
 * {@link SchemeSpecs} turns into the engine's {@code Scheme}. Every field may be missing in what a client
 * sends; {@link SchemeSpecs#validate} names each missing or wrong one.
 *
 * @param version     null for an unsaved scheme (treated as 1)
 * @param rangePolicy what a dimension weight outside its allowed range does; null: {@link RangePolicy#BLOCK}
 */
public record SchemeSpec(String code, String name, Integer version, RangePolicy rangePolicy,
                         List<DimensionSpec> dimensions) {

    public enum RangePolicy { BLOCK, WARN }

    public SchemeSpec {
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    }

    public SchemeSpec withVersion(Integer newVersion) {
        return new SchemeSpec(code, name, newVersion, rangePolicy, dimensions);
    }

    public SchemeSpec withCode(String newCode) {
        return new SchemeSpec(newCode, name, version, rangePolicy, dimensions);
    }

    public List<ItemSpec> items() {
        return dimensions.stream().flatMap(d -> d.items().stream()).toList();
    }
}
