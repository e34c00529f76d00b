package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dev.kaohe.scoring.domain.Decimals.HUNDRED;

/**
 * Ranks of one population (R88), the single source later rankings, incentives and promotion use.
 *
 * <ul>
 *   <li>{@code rank}: competition ranking, equal scores share the better rank and the next rank skips (1, 2, 2, 4);</li>
 *   <li>{@code denseRank}: no gaps (1, 2, 2, 3);</li>
 *   <li>{@code topPercent}: {@code rank ÷ size × 100}, "in the top x%", the basis of bands; ties share it;</li>
 *   <li>{@code percentile}: share of the others who scored strictly lower, {@code below ÷ (size − 1) × 100}
 *       (100 for a population of one);</li>
 *   <li>{@code band}: the {@link RankBands} band for {@code topPercent}. No rounding: in a team of 3 the best
 *       is in the top 33.3%, so not in "top 10%".</li>
 * </ul>
 */
public final class Ranking {

    private Ranking() {
    }

    public static Map<String, Rank> rank(String population, List<Candidate> candidates, RankBands bands) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Candidate.BEST_FIRST);
        return rankSorted(population, sorted, bands);
    }

    /** {@link #rank} of candidates already sorted by {@link Candidate#BEST_FIRST}. */
    static Map<String, Rank> rankSorted(String population, List<Candidate> sorted, RankBands bands) {
        int n = sorted.size();
        BigDecimal[] scores = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            scores[i] = sorted.get(i).score();
        }
        Rank[] ranks = new Rank[n];
        rankSorted(population, scores, 0, n, bands, ranks);
        Map<String, Rank> result = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            result.put(sorted.get(i).id(), ranks[i]);
        }
        return result;
    }

    /**
     * The ranks of {@code scores[from, to)}, sorted best first, into {@code out[from, to)}. Everyone with the same
     * score shares one {@link Rank}.
     */
    static void rankSorted(String population, BigDecimal[] scores, int from, int to, RankBands bands, Rank[] out) {
        int n = to - from;
        BigDecimal size = BigDecimal.valueOf(n);
        BigDecimal others = n == 1 ? null : BigDecimal.valueOf(n - 1L);
        int dense = 0;
        int i = from;
        while (i < to) {
            BigDecimal score = scores[i];
            int j = i + 1;
            while (j < to && scores[j].compareTo(score) == 0) {
                j++;
            }
            dense++;
            int rank = i - from + 1;
            int below = to - j;
            BigDecimal top = BigDecimal.valueOf(rank).multiply(HUNDRED).divide(size, Decimals.PERCENT_SCALE, Decimals.ROUNDING);
            BigDecimal percentile = n == 1 ? Decimals.percent(HUNDRED)
                    : BigDecimal.valueOf(below).multiply(HUNDRED).divide(others, Decimals.PERCENT_SCALE, Decimals.ROUNDING);
            Grade band = bands == null ? null : bands.bandOf(top);
            Rank shared = new Rank(population, n, rank, dense, top, percentile, band);
            for (int x = i; x < j; x++) {
                out[x] = shared;
            }
            i = j;
        }
    }

    /** One person's place in one population. */
    public record Rank(String population, int size, int rank, int denseRank, BigDecimal topPercent, BigDecimal percentile,
                       Grade band) implements Describable {
        @Override
        public String describe(Locale locale) {
            String bandText = band == null ? "" : Describable.pick(locale, ",分段 ", ", band ") + band.describe(locale);
            return Describable.pick(locale,
                    population + ":第 " + rank + " / " + size + " 名(密集排名 " + denseRank + "),前 " + Decimals.showPercent(topPercent)
                            + ",百分位 " + Decimals.show(percentile, 1) + bandText,
                    population + ": rank " + rank + " of " + size + " (dense " + denseRank + "), top " + Decimals.showPercent(topPercent)
                            + ", percentile " + Decimals.show(percentile, 1) + bandText);
        }
    }
}
