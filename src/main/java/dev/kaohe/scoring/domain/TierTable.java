package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Tier table (分档计分, SPEC R72–R75): the band the achievement falls in gives the points.
 *
 * <p>The tiers must cover every achievement exactly once: the lowest tier is unbounded below, the highest
 * unbounded above, and where two tiers meet, the shared boundary belongs to exactly one of them. A gap, an
 * overlap, or a tier paying fewer points than the one below it is refused with a message naming the tier.
 *
 * <p>Fractional boundaries (R74): by default the achievement is used as computed (4 decimals), so with the
 * source tables 99.5% is in the 90–99 band and 89.5% below it. Setting {@code roundAchievementTo} to 0
 * rounds the achievement HALF_UP to whole percent first, which moves 99.5% into the ≥100 band.
 */
public record TierTable(String name, List<Tier> tiers, Integer roundAchievementTo) implements ScoringRule {

    // Declared before the presets, which use it while the class initialises.
    private static final Comparator<Tier> LOWEST_FIRST = Comparator.comparing(Tier::lower,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    /** Source 000 (R72): ≥100% → 100, 90–99% → 80, <90% → 60. */
    public static final TierTable SOURCE_000 = steps("000", "60", "100", "100", "90", "80");

    /** Source 004 (R73, C21): ≥100% → 100, 80–99% → 80, 60–79% → 60, <60% → 0. */
    public static final TierTable SOURCE_004 = steps("004", "0", "100", "100", "80", "80", "60", "60");

    public TierTable {
        name = name == null ? "" : name;
        tiers = List.copyOf(tiers);
        validate(name, tiers);
        tiers = tiers.stream().sorted(LOWEST_FIRST).toList();
    }

    /**
     * A table from lower bounds, highest first: {@code steps(name, "60", "100", "100", "90", "80")} is
     * "≥100 → 100, ≥90 → 80, below → 60". Each band includes its lower bound and excludes its upper one.
     */
    public static TierTable steps(String name, String bottomPoints, String... boundAndPoints) {
        if (boundAndPoints.length % 2 != 0) {
            throw new IllegalArgumentException("bounds and points come in pairs");
        }
        List<Tier> tiers = new ArrayList<>();
        String upper = null;
        for (int i = 0; i < boundAndPoints.length; i += 2) {
            tiers.add(Tier.from(boundAndPoints[i], upper, boundAndPoints[i + 1]));
            upper = boundAndPoints[i];
        }
        tiers.add(Tier.from(null, upper, bottomPoints));
        return new TierTable(name, tiers, null);
    }

    public TierTable withRoundingTo(Integer decimals) {
        return new TierTable(name, tiers, decimals);
    }

    private static void validate(String name, List<Tier> tiers) {
        String path = "tierTable[" + name + "]";
        if (tiers.isEmpty()) {
            throw ScoringException.of(path, "分档表至少需要一档", "a tier table needs at least one tier");
        }
        List<ScoringException.Problem> problems = new ArrayList<>();
        List<Tier> sorted = tiers.stream().sorted(LOWEST_FIRST).toList();
        for (Tier t : sorted) {
            if (t.lower() != null && t.upper() != null) {
                int c = t.lower().compareTo(t.upper());
                if (c > 0 || (c == 0 && !(t.lowerClosed() && t.upperClosed()))) {
                    problems.add(problem(path, t, "下限高于上限,档位为空", "is empty (its lower bound is above its upper bound)"));
                }
            }
        }
        Tier first = sorted.get(0);
        if (first.lower() != null) {
            problems.add(problem(path, first, "低于 " + Decimals.show(first.lower(), 4) + "% 的达成率没有对应档位(缺口)",
                    "leaves a gap: nothing covers achievement below " + Decimals.show(first.lower(), 4) + "%"));
        }
        Tier last = sorted.get(sorted.size() - 1);
        if (last.upper() != null) {
            problems.add(problem(path, last, "高于 " + Decimals.show(last.upper(), 4) + "% 的达成率没有对应档位(缺口)",
                    "leaves a gap: nothing covers achievement above " + Decimals.show(last.upper(), 4) + "%"));
        }
        for (int i = 1; i < sorted.size(); i++) {
            Tier below = sorted.get(i - 1);
            Tier above = sorted.get(i);
            if (below.upper() == null || above.lower() == null) {
                problems.add(problem(path, above, "与档位 " + below.range(Locale.CHINA) + " 重叠",
                        "overlaps tier " + below.range(Locale.ENGLISH)));
                continue;
            }
            int c = below.upper().compareTo(above.lower());
            if (c > 0 || (c == 0 && below.upperClosed() && above.lowerClosed())) {
                problems.add(problem(path, above, "与档位 " + below.range(Locale.CHINA) + " 重叠",
                        "overlaps tier " + below.range(Locale.ENGLISH)));
            } else if (c < 0 || !below.upperClosed() && !above.lowerClosed()) {
                problems.add(problem(path, above, "与档位 " + below.range(Locale.CHINA) + " 之间有缺口",
                        "leaves a gap after tier " + below.range(Locale.ENGLISH)));
            } else if (above.points().compareTo(below.points()) < 0) {
                problems.add(problem(path, above, "得分低于更低档位 " + below.range(Locale.CHINA),
                        "pays fewer points than the lower tier " + below.range(Locale.ENGLISH)));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScoringException(problems);
        }
    }

    private static ScoringException.Problem problem(String path, Tier tier, String zh, String en) {
        return new ScoringException.Problem(path + ".tier[" + tier.range(Locale.ENGLISH) + "]",
                "档位 " + tier.range(Locale.CHINA) + " " + zh, "tier " + tier.range(Locale.ENGLISH) + " " + en);
    }

    @Override
    public boolean needsTarget() {
        return true;
    }

    @Override
    public RuleOutcome apply(Measurement measurement) {
        Achievement achievement = measurement.achievement();
        BigDecimal looked = roundAchievementTo == null
                ? achievement.percent()
                : achievement.percent().setScale(roundAchievementTo, Decimals.ROUNDING);
        for (int i = tiers.size() - 1; i >= 0; i--) {
            Tier tier = tiers.get(i);
            if (tier.contains(looked)) {
                return new RuleOutcome(tier.points(), achievement, new Hit(achievement, looked, tier));
            }
        }
        throw new IllegalStateException("validated tiers cover every achievement");
    }

    /** The tier an achievement fell in. {@code lookedUp} differs from the achievement only when rounded first. */
    public record Hit(Achievement achievement, BigDecimal lookedUp, Tier tier) implements Describable {
        @Override
        public String describe(Locale locale) {
            String pct = Decimals.showPercent(achievement.percent());
            String rounded = lookedUp.compareTo(achievement.percent()) == 0 ? ""
                    : Describable.pick(locale, "(取整为 " + Decimals.showPercent(lookedUp) + ")",
                            " (rounded to " + Decimals.showPercent(lookedUp) + ")");
            return Describable.pick(locale,
                    "达成率 " + pct + rounded + " 落在 " + tier.range(locale) + " 档 → " + Decimals.show(tier.points()),
                    "achievement " + pct + rounded + " falls in the " + tier.range(locale) + " tier → "
                            + Decimals.show(tier.points()));
        }
    }

    @Override
    public String describe(Locale locale) {
        List<Tier> highestFirst = new ArrayList<>(tiers);
        java.util.Collections.reverse(highestFirst);
        return Describable.pick(locale, "分档表 ", "tier table ") + name + ": "
                + highestFirst.stream().map(t -> t.describe(locale)).collect(Collectors.joining(", "));
    }
}
