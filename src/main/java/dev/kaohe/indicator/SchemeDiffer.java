package dev.kaohe.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import dev.kaohe.indicator.SchemeDiff.Change;
import dev.kaohe.indicator.SchemeDiff.Kind;
import dev.kaohe.scoring.DimensionSpec;
import dev.kaohe.scoring.ItemSpec;
import dev.kaohe.scoring.SchemeSpec;

/**
 * Compares two scheme definitions: dimensions and items are matched by code; an item that moved to another
 * dimension is a change of its {@code dimension}. Numbers compare by value (60 equals 60.00).
 */
final class SchemeDiffer {

    private final Function<Object, String> text;

    /** @param text renders a rule or a rater blend for display (JSON) */
    SchemeDiffer(Function<Object, String> text) {
        this.text = text;
    }

    SchemeDiff diff(String code, int fromNumber, SchemeSpec from, int toNumber, SchemeSpec to) {
        List<Change> changes = new ArrayList<>();
        field(changes, "scheme", "", "rangePolicy", String.valueOf(from.rangePolicy()), String.valueOf(to.rangePolicy()));
        Map<String, DimensionSpec> before = dimensions(from);
        Map<String, DimensionSpec> after = dimensions(to);
        for (DimensionSpec d : before.values()) {
            if (!after.containsKey(d.code())) {
                changes.add(new Change(Kind.REMOVED, dimensionPath(d), d.name(), null, show(d.weight()) + "%", null));
            }
        }
        for (DimensionSpec d : after.values()) {
            DimensionSpec old = before.get(d.code());
            String path = dimensionPath(d);
            if (old == null) {
                changes.add(new Change(Kind.ADDED, path, d.name(), null, null, show(d.weight()) + "%"));
                continue;
            }
            field(changes, path, d.name(), "name", old.name(), d.name());
            number(changes, path, d.name(), "weight", old.weight(), d.weight());
            number(changes, path, d.name(), "minWeight", old.minWeight(), d.minWeight());
            number(changes, path, d.name(), "maxWeight", old.maxWeight(), d.maxWeight());
        }
        Map<String, Placed> oldItems = items(from);
        Map<String, Placed> newItems = items(to);
        for (Placed p : oldItems.values()) {
            if (!newItems.containsKey(p.item.code())) {
                changes.add(new Change(Kind.REMOVED, p.path(), p.item.name(), null, show(p.item.weight()) + "%", null));
            }
        }
        for (Placed p : newItems.values()) {
            Placed old = oldItems.get(p.item.code());
            String path = p.path();
            ItemSpec i = p.item;
            if (old == null) {
                changes.add(new Change(Kind.ADDED, path, i.name(), null, null, show(i.weight()) + "%"));
                continue;
            }
            ItemSpec o = old.item;
            field(changes, path, i.name(), "dimension", old.dimension, p.dimension);
            field(changes, path, i.name(), "name", o.name(), i.name());
            field(changes, path, i.name(), "indicatorCode", o.indicatorCode(), i.indicatorCode());
            number(changes, path, i.name(), "weight", o.weight(), i.weight());
            number(changes, path, i.name(), "target", o.target(), i.target());
            field(changes, path, i.name(), "direction", String.valueOf(o.direction()), String.valueOf(i.direction()));
            field(changes, path, i.name(), "source", String.valueOf(o.source()), String.valueOf(i.source()));
            field(changes, path, i.name(), "rule", render(o.rule()), render(i.rule()));
            field(changes, path, i.name(), "blend", render(o.blend()), render(i.blend()));
        }
        return new SchemeDiff(code, fromNumber, toNumber, List.copyOf(changes));
    }

    private String render(Object value) {
        return value == null ? null : text.apply(value);
    }

    private static void field(List<Change> changes, String path, String label, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(Kind.CHANGED, path, label, field, before, after));
        }
    }

    private static void number(List<Change> changes, String path, String label, String field, BigDecimal before, BigDecimal after) {
        boolean same = before == null ? after == null : after != null && before.compareTo(after) == 0;
        if (!same) {
            changes.add(new Change(Kind.CHANGED, path, label, field, show(before), show(after)));
        }
    }

    static String show(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static Map<String, DimensionSpec> dimensions(SchemeSpec spec) {
        Map<String, DimensionSpec> map = new LinkedHashMap<>();
        for (DimensionSpec d : spec.dimensions()) {
            map.putIfAbsent(String.valueOf(d.code()), d);
        }
        return map;
    }

    private static Map<String, Placed> items(SchemeSpec spec) {
        Map<String, Placed> map = new LinkedHashMap<>();
        for (DimensionSpec d : spec.dimensions()) {
            for (ItemSpec i : d.items()) {
                map.putIfAbsent(String.valueOf(i.code()), new Placed(String.valueOf(d.code()), i));
            }
        }
        return map;
    }

    private static String dimensionPath(DimensionSpec d) {
        return "dimensions[" + d.code() + "]";
    }

    private record Placed(String dimension, ItemSpec item) {
        String path() {
            return "dimensions[" + dimension + "].items[" + item.code() + "]";
        }
    }
}
