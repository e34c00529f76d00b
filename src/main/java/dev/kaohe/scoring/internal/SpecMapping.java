package dev.kaohe.scoring.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.kaohe.platform.FieldProblem;
import dev.kaohe.scoring.DimensionSpec;
import dev.kaohe.scoring.ItemSpec;
import dev.kaohe.scoring.RuleSpec;
import dev.kaohe.scoring.SchemeSpec;
import dev.kaohe.scoring.domain.Decimals;
import dev.kaohe.scoring.domain.Dimension;
import dev.kaohe.scoring.domain.Direction;
import dev.kaohe.scoring.domain.FormulaRule;
import dev.kaohe.scoring.domain.InputSource;
import dev.kaohe.scoring.domain.Item;
import dev.kaohe.scoring.domain.LinearRule;
import dev.kaohe.scoring.domain.ManualScoreRule;
import dev.kaohe.scoring.domain.OkrProgressRule;
import dev.kaohe.scoring.domain.RangePolicy;
import dev.kaohe.scoring.domain.Rater;
import dev.kaohe.scoring.domain.RaterBlend;
import dev.kaohe.scoring.domain.RatingScaleRule;
import dev.kaohe.scoring.domain.Scheme;
import dev.kaohe.scoring.domain.ScoringException;
import dev.kaohe.scoring.domain.ScoringRule;
import dev.kaohe.scoring.domain.ThresholdRule;
import dev.kaohe.scoring.domain.Tier;
import dev.kaohe.scoring.domain.TierTable;

/**
 * Scheme specs to the engine's {@link Scheme} and back. Building collects every problem it finds, each named
 * by the field it concerns ({@code dimensions[业绩].items[销售额].weight}); the engine's own checks (weights
 * totalling 100%, ranges, tiers covering every achievement exactly once, formula inputs) are the ones that
 * decide, and their refusals are renamed from the engine's paths to the spec's fields.
 */
public final class SpecMapping {

    private SpecMapping() {
    }

    /** The scheme, or the problems that keep it from being one (the list is empty when the scheme is returned). */
    public record Built<T>(T value, List<FieldProblem> problems, List<FieldProblem> warnings) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Built<Scheme> scheme(SchemeSpec spec, Locale locale) {
        Problems problems = new Problems(locale);
        if (spec == null) {
            problems.required("scheme");
            return new Built<>(null, problems.list(), List.of());
        }
        if (blank(spec.code())) {
            problems.required("code");
        }
        if (spec.version() != null && spec.version() < 1) {
            problems.add("version", spec.version(), "版本号从 1 开始", "versions start at 1");
        }
        List<Dimension> dimensions = new ArrayList<>();
        for (int d = 0; d < spec.dimensions().size(); d++) {
            DimensionSpec ds = spec.dimensions().get(d);
            String path = "dimensions[" + key(ds == null ? null : ds.code(), d) + "]";
            if (ds == null) {
                problems.required(path);
                continue;
            }
            if (blank(ds.code())) {
                problems.required(path + ".code");
            }
            if (ds.weight() == null) {
                problems.required(path + ".weight");
            }
            if (ds.minWeight() != null && ds.maxWeight() != null && ds.minWeight().compareTo(ds.maxWeight()) > 0) {
                problems.add(path + ".minWeight", ds.minWeight(), "允许范围的下限高于上限", "the range's minimum is above its maximum");
            }
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < ds.items().size(); i++) {
                ItemSpec is = ds.items().get(i);
                String itemPath = path + ".items[" + key(is == null ? null : is.code(), i) + "]";
                Item item = item(is, itemPath, problems);
                if (item != null) {
                    items.add(item);
                }
            }
            if (!blank(ds.code()) && ds.weight() != null) {
                dimensions.add(new Dimension(ds.code().strip(), ds.name(), ds.weight(), ds.minWeight(), ds.maxWeight(), items));
            }
        }
        if (!problems.isEmpty()) {
            return new Built<>(null, problems.list(), List.of());
        }
        RangePolicy policy = spec.rangePolicy() == SchemeSpec.RangePolicy.WARN ? RangePolicy.WARN : RangePolicy.BLOCK;
        try {
            Scheme scheme = new Scheme(spec.code().strip(), spec.version() == null ? 1 : spec.version(), dimensions, policy, List.of());
            Problems warnings = new Problems(locale);
            scheme.warnings().forEach(w -> warnings.add(schemeField(w), w));
            return new Built<>(scheme, List.of(), warnings.list());
        } catch (ScoringException e) {
            e.problems().forEach(p -> problems.add(schemeField(p), p));
            return new Built<>(null, problems.list(), List.of());
        }
    }

    private static Item item(ItemSpec is, String path, Problems problems) {
        if (is == null) {
            problems.required(path);
            return null;
        }
        int before = problems.size();
        if (blank(is.code())) {
            problems.required(path + ".code");
        }
        if (is.weight() == null) {
            problems.required(path + ".weight");
        }
        ScoringRule rule = rule(is.rule(), path + ".rule", problems);
        RaterBlend blend = is.blend() == null ? null : blend(is.blend(), path + ".blend", problems);
        BigDecimal target = is.target();
        if (is.rule() != null && is.rule().type() == RuleSpec.Type.THRESHOLD && is.rule().threshold() != null) {
            if (target == null) {
                target = is.rule().threshold();
            } else if (target.compareTo(is.rule().threshold()) != 0) {
                problems.add(path + ".rule.threshold", is.rule().threshold(), "门槛值与指标目标值 " + target.toPlainString() + " 不一致",
                        "the threshold differs from the item's target " + target.toPlainString());
            }
        }
        if (problems.size() > before || rule == null) {
            return null;
        }
        return new Item(is.code().strip(), is.name(), is.weight(),
                is.direction() == ItemSpec.Direction.LOWER_IS_BETTER ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER,
                target, rule, is.source() == ItemSpec.Source.RATED ? InputSource.RATED : InputSource.MEASURED, blend);
    }

    /** A rule from its spec; null (with problems added under {@code path}) when it cannot be built. */
    public static ScoringRule rule(RuleSpec r, String path, Problems problems) {
        if (r == null) {
            problems.required(path);
            return null;
        }
        if (r.type() == null) {
            problems.required(path + ".type");
            return null;
        }
        try {
            return switch (r.type()) {
                case TIER_TABLE -> tierTable(r, path, problems);
                case LINEAR -> {
                    if (r.slope() == null) {
                        problems.required(path + ".slope");
                        yield null;
                    }
                    yield new LinearRule(r.slope(), r.floor(), r.cap());
                }
                case THRESHOLD -> new ThresholdRule(or(r.metScore(), Decimals.HUNDRED), or(r.missedScore(), BigDecimal.ZERO),
                        Boolean.TRUE.equals(r.strict()));
                case RATING_SCALE -> new RatingScaleRule(or(r.min(), BigDecimal.ONE), or(r.max(), BigDecimal.valueOf(5)),
                        or(r.scoreAtMin(), BigDecimal.ZERO), or(r.scoreAtMax(), Decimals.HUNDRED));
                case OKR_PROGRESS -> new OkrProgressRule(or(r.fullProgress(), BigDecimal.ONE), or(r.fullScore(), Decimals.HUNDRED));
                case FORMULA -> new FormulaRule(r.expression(),
                        r.extraInputs() == null ? null : new LinkedHashSet<>(r.extraInputs()), r.floor(), r.cap());
                case MANUAL -> new ManualScoreRule(or(r.min(), BigDecimal.ZERO), or(r.max(), Decimals.HUNDRED));
            };
        } catch (ScoringException e) {
            e.problems().forEach(p -> problems.add(ruleField(path, r, p), p));
            return null;
        }
    }

    static ScoringRule rule(RuleSpec r, String path, Locale locale, List<FieldProblem> out) {
        Problems problems = new Problems(locale);
        ScoringRule rule = rule(r, path, problems);
        out.addAll(problems.list());
        return rule;
    }

    private static TierTable tierTable(RuleSpec r, String path, Problems problems) {
        TierTable table;
        if (r.tiers() != null && !r.tiers().isEmpty()) {
            List<Tier> tiers = new ArrayList<>();
            for (int t = 0; t < r.tiers().size(); t++) {
                RuleSpec.TierSpec ts = r.tiers().get(t);
                if (ts == null || ts.points() == null) {
                    problems.required(path + ".tiers[" + t + "].points");
                    continue;
                }
                tiers.add(tier(ts));
            }
            if (tiers.size() < r.tiers().size()) {
                return null;
            }
            table = new TierTable(r.preset(), tiers, null);
        } else if (blank(r.preset())) {
            problems.add(path + ".tiers", null, "请填写分档,或选择预设 000 / 004", "give the tiers, or a preset 000 / 004");
            return null;
        } else {
            table = switch (r.preset().strip()) {
                case "000" -> TierTable.SOURCE_000;
                case "004" -> TierTable.SOURCE_004;
                default -> null;
            };
            if (table == null) {
                problems.add(path + ".preset", r.preset(), "未知的分档预设(可选 000、004)", "unknown tier preset (000 or 004)");
                return null;
            }
        }
        if (r.roundAchievementTo() != null) {
            if (r.roundAchievementTo() < 0 || r.roundAchievementTo() > 4) {
                problems.add(path + ".roundAchievementTo", r.roundAchievementTo(), "取整位数须在 0–4 之间", "must be 0–4 decimals");
                return null;
            }
            table = table.withRoundingTo(r.roundAchievementTo());
        }
        return table;
    }

    private static Tier tier(RuleSpec.TierSpec ts) {
        return new Tier(ts.lower(), ts.lowerClosed() == null || ts.lowerClosed(), ts.upper(),
                ts.upperClosed() != null && ts.upperClosed(), ts.points());
    }

    public static RaterBlend blend(Map<String, BigDecimal> weights, String path, Problems problems) {
        Map<Rater, BigDecimal> map = new EnumMap<>(Rater.class);
        int before = problems.size();
        weights.forEach((name, weight) -> {
            Rater rater = rater(name);
            if (rater == null) {
                problems.add(path + "." + name, name, "未知的评分人(可选 SELF、MANAGER、PEER、CROSS_DEPARTMENT、CUSTOMER)",
                        "unknown rater (SELF, MANAGER, PEER, CROSS_DEPARTMENT, CUSTOMER)");
            } else if (weight == null) {
                problems.required(path + "." + name);
            } else {
                map.put(rater, weight);
            }
        });
        if (problems.size() > before) {
            return null;
        }
        try {
            return new RaterBlend(map);
        } catch (ScoringException e) {
            e.problems().forEach(p -> problems.add(path, p));
            return null;
        }
    }

    public static Rater rater(String name) {
        if (name == null) {
            return null;
        }
        for (Rater r : Rater.values()) {
            if (r.name().equalsIgnoreCase(name.strip().replace('-', '_'))) {
                return r;
            }
        }
        return null;
    }

    // --- engine paths → spec fields

    private static String schemeField(ScoringException.Problem p) {
        String path = p.path() == null ? "" : p.path();
        if (path.startsWith("scheme[")) {
            return "dimensions";
        }
        String field = path.replace("dimension[", "dimensions[").replace(".item[", ".items[");
        String en = p.en();
        if (en.contains("appears twice")) {
            return field + ".code";
        }
        if (en.contains("has no items")) {
            return field + ".items";
        }
        if (en.contains("weigh")) {
            return field + ".weight";
        }
        return field;
    }

    private static String ruleField(String path, RuleSpec r, ScoringException.Problem p) {
        String head = Problems.head(p.path());
        String enPath = p.path() == null ? "" : p.path();
        return switch (head) {
            case "tierTable" -> {
                int at = enPath.indexOf(".tier[");
                if (at < 0 || r.tiers() == null) {
                    yield path + ".tiers";
                }
                String range = enPath.substring(at + ".tier[".length(), enPath.length() - 1);
                for (int t = 0; t < r.tiers().size(); t++) {
                    RuleSpec.TierSpec ts = r.tiers().get(t);
                    if (ts != null && ts.points() != null && tier(ts).range(Locale.ENGLISH).equals(range)) {
                        yield path + ".tiers[" + t + "]";
                    }
                }
                yield path + ".tiers";
            }
            case "linear" -> enPath.endsWith(".slope") ? path + ".slope" : path + ".floor";
            case "threshold" -> path + ".missedScore";
            case "ratingScale" -> p.en().contains("scale's minimum") ? path + ".min" : path + ".scoreAtMin";
            case "okrProgress" -> path + ".fullProgress";
            case "manual" -> path + ".min";
            case "formula" -> p.en().contains("input name") ? path + ".extraInputs" : path + ".expression";
            default -> path;
        };
    }

    // --- engine → spec

    public static SchemeSpec toSpec(Scheme scheme, String name) {
        List<DimensionSpec> dimensions = scheme.dimensions().stream().map(d -> new DimensionSpec(d.code(), d.name(), d.weight(),
                d.minWeight(), d.maxWeight(), d.items().stream().map(SpecMapping::toSpec).toList())).toList();
        return new SchemeSpec(scheme.code(), name, scheme.version(),
                scheme.rangePolicy() == RangePolicy.WARN ? SchemeSpec.RangePolicy.WARN : SchemeSpec.RangePolicy.BLOCK, dimensions);
    }

    private static ItemSpec toSpec(Item item) {
        RuleSpec rule = toSpec(item.rule());
        if (rule.type() == RuleSpec.Type.THRESHOLD) {
            rule = new RuleSpec(rule.type(), null, null, null, null, null, null, item.target(), rule.metScore(),
                    rule.missedScore(), rule.strict(), null, null, null, null, null, null, null, null);
        }
        Map<String, BigDecimal> blend = null;
        if (item.blend() != null) {
            blend = new java.util.LinkedHashMap<>();
            for (Map.Entry<Rater, BigDecimal> e : item.blend().weights().entrySet()) {
                blend.put(e.getKey().name(), e.getValue());
            }
        }
        return new ItemSpec(item.code(), item.name(), null, item.weight(),
                item.direction() == Direction.LOWER_IS_BETTER ? ItemSpec.Direction.LOWER_IS_BETTER : ItemSpec.Direction.HIGHER_IS_BETTER,
                item.target(), item.source() == InputSource.RATED ? ItemSpec.Source.RATED : ItemSpec.Source.MEASURED, rule, blend);
    }

    public static RuleSpec toSpec(ScoringRule rule) {
        if (rule instanceof TierTable t) {
            // highest first, as the sources write their tables
            List<RuleSpec.TierSpec> tiers = new ArrayList<>(t.tiers().stream().map(x -> new RuleSpec.TierSpec(x.lower(),
                    x.lowerClosed(), x.upper(), x.upperClosed(), x.points())).toList());
            java.util.Collections.reverse(tiers);
            return RuleSpec.tiers(tiers).withPreset(t.name().isEmpty() ? null : t.name())
                    .withRoundAchievementTo(t.roundAchievementTo());
        }
        if (rule instanceof LinearRule l) {
            return RuleSpec.linear(l.slope(), l.floor(), l.cap());
        }
        if (rule instanceof ThresholdRule th) {
            return RuleSpec.threshold(null, th.metScore(), th.missedScore(), th.strict());
        }
        if (rule instanceof RatingScaleRule rs) {
            return RuleSpec.ratingScale(rs.min(), rs.max(), rs.scoreAtMin(), rs.scoreAtMax());
        }
        if (rule instanceof OkrProgressRule o) {
            return RuleSpec.okrProgress(o.fullProgress(), o.fullScore());
        }
        if (rule instanceof FormulaRule f) {
            return RuleSpec.formula(f.expression(), List.copyOf(f.extraInputs()), f.floor(), f.cap());
        }
        ManualScoreRule m = (ManualScoreRule) rule;
        return RuleSpec.manual(m.min(), m.max());
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String key(String code, int index) {
        return blank(code) ? String.valueOf(index) : code.strip();
    }
}
