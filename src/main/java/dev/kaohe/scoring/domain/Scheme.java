package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.kaohe.scoring.domain.Decimals.HUNDRED;

/**
 * An assessment scheme (考核方案) as the engine sees it: dimensions of weighted items, checked when built.
 *
 * <p>Weights must total 100% at every level: the dimensions' weights together, and each dimension's weight
 * against the sum of its items' weights. A dimension weight outside its allowed range is refused under
 * {@link RangePolicy#BLOCK} and reported in {@link #warnings()} under {@link RangePolicy#WARN}. Every
 * refusal names the dimension or item.
 */
public record Scheme(String code, int version, List<Dimension> dimensions, RangePolicy rangePolicy,
                     List<ScoringException.Problem> warnings) {

    public Scheme {
        Objects.requireNonNull(code, "code");
        dimensions = List.copyOf(dimensions);
        rangePolicy = rangePolicy == null ? RangePolicy.BLOCK : rangePolicy;
        warnings = validate(code, dimensions, rangePolicy);
    }

    public static Scheme of(String code, Dimension... dimensions) {
        return new Scheme(code, 1, List.of(dimensions), RangePolicy.BLOCK, List.of());
    }

    public Scheme withRangePolicy(RangePolicy policy) {
        return new Scheme(code, version, dimensions, policy, List.of());
    }

    public Scheme withVersion(int newVersion) {
        return new Scheme(code, newVersion, dimensions, rangePolicy, List.of());
    }

    public List<Item> items() {
        return dimensions.stream().flatMap(d -> d.items().stream()).toList();
    }

    private static List<ScoringException.Problem> validate(String code, List<Dimension> dimensions, RangePolicy policy) {
        List<ScoringException.Problem> problems = new ArrayList<>();
        List<ScoringException.Problem> warnings = new ArrayList<>();
        if (dimensions.isEmpty()) {
            problems.add(new ScoringException.Problem("scheme[" + code + "]", "方案至少需要一个维度", "a scheme needs at least one dimension"));
        }
        Set<String> dimensionCodes = new HashSet<>();
        Set<String> itemCodes = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Dimension d : dimensions) {
            String path = "dimension[" + d.code() + "]";
            if (!dimensionCodes.add(d.code())) {
                problems.add(new ScoringException.Problem(path, "维度 " + d.name() + " 重复", "dimension " + d.name() + " appears twice"));
            }
            total = total.add(d.weight());
            if (d.items().isEmpty()) {
                problems.add(new ScoringException.Problem(path, "维度 " + d.name() + " 没有指标", "dimension " + d.name() + " has no items"));
            }
            BigDecimal itemSum = BigDecimal.ZERO;
            for (Item item : d.items()) {
                String itemPath = path + ".item[" + item.code() + "]";
                if (!itemCodes.add(item.code())) {
                    problems.add(new ScoringException.Problem(itemPath, "指标 " + item.name() + " 重复", "item " + item.name() + " appears twice"));
                }
                if (item.weight() == null || item.weight().signum() <= 0) {
                    problems.add(new ScoringException.Problem(itemPath, "指标 " + item.name() + " 的权重必须大于 0",
                            "item " + item.name() + " needs a weight above 0"));
                } else {
                    itemSum = itemSum.add(item.weight());
                }
            }
            if (!d.items().isEmpty() && itemSum.compareTo(d.weight()) != 0) {
                problems.add(new ScoringException.Problem(path,
                        "维度 " + d.name() + " 的权重 " + Decimals.show(d.weight()) + "% 与其指标权重合计 " + Decimals.show(itemSum) + "% 不符",
                        "dimension " + d.name() + " weighs " + Decimals.show(d.weight()) + "% but its items total "
                                + Decimals.show(itemSum) + "%"));
            }
            boolean below = d.minWeight() != null && d.weight().compareTo(d.minWeight()) < 0;
            boolean above = d.maxWeight() != null && d.weight().compareTo(d.maxWeight()) > 0;
            if (below || above) {
                String range = (d.minWeight() == null ? "0" : Decimals.show(d.minWeight())) + "–"
                        + (d.maxWeight() == null ? "100" : Decimals.show(d.maxWeight())) + "%";
                ScoringException.Problem p = new ScoringException.Problem(path,
                        "维度 " + d.name() + " 的权重 " + Decimals.show(d.weight()) + "% 超出允许范围 " + range,
                        "dimension " + d.name() + " weighs " + Decimals.show(d.weight()) + "%, outside its range " + range);
                (policy == RangePolicy.BLOCK ? problems : warnings).add(p);
            }
        }
        if (!dimensions.isEmpty() && total.compareTo(HUNDRED) != 0) {
            String list = dimensions.stream().map(d -> d.name() + " " + Decimals.show(d.weight()) + "%").collect(Collectors.joining(", "));
            problems.add(new ScoringException.Problem("scheme[" + code + "].dimensions",
                    "维度权重合计 " + Decimals.show(total) + "%,应为 100%(" + list + ")",
                    "dimension weights total " + Decimals.show(total) + "%, not 100% (" + list + ")"));
        }
        if (!problems.isEmpty()) {
            throw new ScoringException(problems);
        }
        return List.copyOf(warnings);
    }
}
