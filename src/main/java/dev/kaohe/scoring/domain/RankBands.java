package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Named cut-offs on the ranking (R88), by "top x%": a person is in the first band whose {@code upToTopPercent}
 * is at least their {@link Ranking.Rank#topPercent()}. The last band has no limit and takes the rest.
 */
public record RankBands(String name, List<Band> bands) {

    public record Band(Grade label, BigDecimal upToTopPercent) {
        public Band {
            Objects.requireNonNull(label, "label");
        }
    }

    /** E13 tiered bonus (003): top 10% → 3×, 11–30% → 2×, everyone else 1×. */
    public static final RankBands BONUS_003 = new RankBands("bonus-003", List.of(
            new Band(new Grade("TOP10", "前10%", "top 10%"), BigDecimal.TEN),
            new Band(new Grade("TOP11_30", "11%–30%", "11–30%"), BigDecimal.valueOf(30)),
            new Band(new Grade("REST", "其余", "the rest"), null)));

    /** R88 analysis cohorts (003): top 20% (high performers), middle 60%, bottom 20% (tail). */
    public static final RankBands COHORTS_003 = new RankBands("cohorts-003", List.of(
            new Band(new Grade("HEAD", "前20%", "top 20%"), BigDecimal.valueOf(20)),
            new Band(new Grade("MIDDLE", "中间60%", "middle 60%"), BigDecimal.valueOf(80)),
            new Band(new Grade("TAIL", "后20%", "bottom 20%"), null)));

    public RankBands {
        Objects.requireNonNull(name, "name");
        bands = List.copyOf(bands);
        BigDecimal last = BigDecimal.ZERO;
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            boolean isLast = i == bands.size() - 1;
            if (isLast != (b.upToTopPercent() == null)) {
                throw ScoringException.of("rankBands[" + name + "].band[" + b.label().code() + "]",
                        "只有最后一档不设上限", "only the last band has no limit");
            }
            if (!isLast && b.upToTopPercent().compareTo(last) <= 0) {
                throw ScoringException.of("rankBands[" + name + "].band[" + b.label().code() + "]",
                        "分段须从前往后递增", "bands must run from the top down with rising limits");
            }
            if (!isLast) {
                last = b.upToTopPercent();
            }
        }
        if (bands.isEmpty()) {
            throw ScoringException.of("rankBands[" + name + "]", "至少需要一档", "at least one band is needed");
        }
    }

    Grade bandOf(BigDecimal topPercent) {
        for (Band b : bands) {
            if (b.upToTopPercent() == null || topPercent.compareTo(b.upToTopPercent()) <= 0) {
                return b.label();
            }
        }
        throw new IllegalStateException("the last band takes the rest");
    }
}
