package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import static dev.kaohe.scoring.domain.Decimals.HUNDRED;

/**
 * Forced distribution (强制分布, R84, R87, C8) of grades within one population, optionally combined with a
 * minimum score per grade.
 *
 * <p><b>Bands.</b> Listed best first; the top bands take a share from the top, the bottom bands from the
 * bottom, and exactly one middle band takes everyone else. With {@link Counting#CUMULATIVE} a share counts
 * from its end of the ranking and includes the bands before it ("A = top 20%" includes S's 5%, so A gets
 * 15%); with {@link Counting#EXCLUSIVE} each share is the band's own (S 5% + A 20% = top 25%).
 *
 * <p><b>Small groups.</b> A band's cumulative head count is {@code population × share}, rounded by
 * {@link QuotaRounding} (default {@code FLOOR}, so a band never exceeds its share: with S 5% and A 20%, a
 * team of 4 gets no S and no A, a team of 10 one A and no S). If rounding up would make top and bottom
 * bands meet, the top bands win.
 *
 * <p><b>Ties.</b> Equal scores are never split across grades. Where a quota boundary falls inside a group of
 * equal scores, the whole group goes to the side {@link TiePolicy} names: {@code QUOTA_IS_MAXIMUM} (default)
 * moves it toward the middle band, so no band ever exceeds its quota; {@code FAVOUR_HIGHER} gives the whole
 * group the better grade, so top bands may exceed their quota and bottom bands never do. Only when a
 * tie-break is chosen (a {@link Candidate#tieKey()}, such as a dimension score) are equal scores ordered by it,
 * and each placement split by it says so.
 *
 * <p><b>Minimum scores.</b> A band with a {@code minScore} is only given to people who also reach that
 * score; someone placed in it by quota but below the minimum drops to the next band whose minimum they
 * reach. Quota places left empty are not handed to anyone else.
 */
public record ForcedDistribution(String name, List<QuotaBand> bands, Counting counting, QuotaRounding rounding,
                                 TiePolicy tiePolicy) {

    public enum Position { TOP, MIDDLE, BOTTOM }

    public enum Counting { CUMULATIVE, EXCLUSIVE }

    public enum TiePolicy { QUOTA_IS_MAXIMUM, FAVOUR_HIGHER }

    /** A grade and its share in percent (ignored for the middle band), and an optional minimum score. */
    public record QuotaBand(Grade grade, Position position, BigDecimal share, BigDecimal minScore) {
        public QuotaBand {
            Objects.requireNonNull(grade, "grade");
            Objects.requireNonNull(position, "position");
        }

        public static QuotaBand top(Grade grade, String share) {
            return new QuotaBand(grade, Position.TOP, new BigDecimal(share), null);
        }

        public static QuotaBand middle(Grade grade) {
            return new QuotaBand(grade, Position.MIDDLE, null, null);
        }

        public static QuotaBand bottom(Grade grade, String share) {
            return new QuotaBand(grade, Position.BOTTOM, new BigDecimal(share), null);
        }

        public QuotaBand withMinScore(String min) {
            return new QuotaBand(grade, position, share, new BigDecimal(min));
        }
    }

    /**
     * Source 003 (R84, E13): S top 5%, A top 20% (cumulative, so including S), B the middle, C and D "needs
     * improvement". The source gives no share for C and D; this preset uses the bottom 20% (the tail cohort
     * of R88), D the last 5% and C the 15% above it, mirroring S and A.
     */
    public static final ForcedDistribution SOURCE_003 = new ForcedDistribution("003", List.of(
            QuotaBand.top(Grades.S, "5"), QuotaBand.top(Grades.A, "20"), QuotaBand.middle(Grades.B),
            QuotaBand.bottom(Grades.C, "20"), QuotaBand.bottom(Grades.D, "5")),
            Counting.CUMULATIVE, QuotaRounding.FLOOR, TiePolicy.QUOTA_IS_MAXIMUM);

    public ForcedDistribution {
        Objects.requireNonNull(name, "name");
        bands = List.copyOf(bands);
        counting = counting == null ? Counting.CUMULATIVE : counting;
        rounding = rounding == null ? QuotaRounding.FLOOR : rounding;
        tiePolicy = tiePolicy == null ? TiePolicy.QUOTA_IS_MAXIMUM : tiePolicy;
        validate(name, bands, counting);
    }

    public ForcedDistribution with(Counting newCounting) {
        return new ForcedDistribution(name, bands, newCounting, rounding, tiePolicy);
    }

    public ForcedDistribution with(QuotaRounding newRounding) {
        return new ForcedDistribution(name, bands, counting, newRounding, tiePolicy);
    }

    public ForcedDistribution with(TiePolicy newPolicy) {
        return new ForcedDistribution(name, bands, counting, rounding, newPolicy);
    }

    public ForcedDistribution withBands(List<QuotaBand> newBands) {
        return new ForcedDistribution(name, newBands, counting, rounding, tiePolicy);
    }

    private static void validate(String name, List<QuotaBand> bands, Counting counting) {
        String path = "distribution[" + name + "]";
        int middle = -1;
        for (int i = 0; i < bands.size(); i++) {
            QuotaBand b = bands.get(i);
            String bandPath = path + ".grade[" + b.grade().code() + "]";
            if (b.position() == Position.MIDDLE) {
                if (middle >= 0) {
                    throw ScoringException.of(bandPath, "只能有一个中间等级", "only one grade can take the middle");
                }
                middle = i;
            } else {
                if (b.share() == null || b.share().signum() < 0 || b.share().compareTo(HUNDRED) > 0) {
                    throw ScoringException.of(bandPath, "等级 " + b.grade().zh() + " 的比例必须在 0–100% 之间",
                            "grade " + b.grade().en() + " needs a share of 0–100%");
                }
                boolean wrongSide = (b.position() == Position.TOP) == (middle >= 0);
                if (wrongSide) {
                    throw ScoringException.of(bandPath, "等级须按从高到低排列:前段、一个中间等级、后段",
                            "grades must run best first: top bands, one middle band, bottom bands");
                }
            }
        }
        if (middle < 0) {
            throw ScoringException.of(path, "需要一个中间等级", "one grade must take the middle");
        }
        BigDecimal top = cumulativeShares(bands.subList(0, middle), counting, path, false);
        List<QuotaBand> bottomWorstFirst = new ArrayList<>(bands.subList(middle + 1, bands.size()));
        java.util.Collections.reverse(bottomWorstFirst);
        BigDecimal bottom = cumulativeShares(bottomWorstFirst, counting, path, true);
        if (top.add(bottom).compareTo(HUNDRED) > 0) {
            throw ScoringException.of(path, "前段与后段比例合计超过 100%", "top and bottom shares together exceed 100%");
        }
    }

    private static BigDecimal cumulativeShares(List<QuotaBand> fromEnd, Counting counting, String path, boolean bottom) {
        BigDecimal last = BigDecimal.ZERO;
        for (QuotaBand b : fromEnd) {
            BigDecimal cumulative = counting == Counting.CUMULATIVE ? b.share() : last.add(b.share());
            if (cumulative.compareTo(last) < 0) {
                throw ScoringException.of(path + ".grade[" + b.grade().code() + "]",
                        "累计比例 " + Decimals.show(cumulative) + "% 小于" + (bottom ? "更低" : "更高") + "等级的 " + Decimals.show(last) + "%",
                        "cumulative share " + Decimals.show(cumulative) + "% is below the " + Decimals.show(last) + "% of the "
                                + (bottom ? "lower" : "higher") + " grade");
            }
            last = cumulative;
        }
        return last;
    }

    /**
     * Grades for one population; {@code tieBreak} names the secondary key when the candidates carry one
     * (null: none chosen, ties are kept together).
     */
    public Map<String, Placement> distribute(String population, List<Candidate> candidates, String tieBreak) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Candidate.BEST_FIRST);
        return distributeSorted(population, sorted, tieBreak);
    }

    /** {@link #distribute} of candidates already sorted by {@link Candidate#BEST_FIRST}. */
    Map<String, Placement> distributeSorted(String population, List<Candidate> sorted, String tieBreak) {
        int n = sorted.size();
        BigDecimal[] scores = new BigDecimal[n];
        BigDecimal[] tieKeys = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            scores[i] = sorted.get(i).score();
            tieKeys[i] = sorted.get(i).tieKey();
        }
        Placement[] placements = new Placement[n];
        distributeSorted(population, scores, tieKeys, 0, n, tieBreak, placements);
        Map<String, Placement> result = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            result.put(sorted.get(i).id(), placements[i]);
        }
        return result;
    }

    /**
     * The placements of the population {@code scores[from, to)} (with their {@code tieKeys}, which may be null
     * when there is no tie-break), sorted as by {@link Candidate#BEST_FIRST}, into {@code out[from, to)}.
     */
    void distributeSorted(String population, BigDecimal[] scores, BigDecimal[] tieKeys, int from, int to, String tieBreak,
                          Placement[] out) {
        int n = to - from;
        boolean breakTies = tieBreak != null;
        int[] groupStart = new int[n];
        int[] groupEnd = new int[n];
        groupBounds(scores, tieKeys, from, n, breakTies, groupStart, groupEnd);
        int[] scoreGroupStart = breakTies ? new int[n] : groupStart;
        int[] scoreGroupEnd = breakTies ? new int[n] : groupEnd;
        if (breakTies) {
            groupBounds(scores, tieKeys, from, n, false, scoreGroupStart, scoreGroupEnd);
        }

        int middle = middleIndex();
        int[] cut = new int[bands.size()];
        BigDecimal[] cumShare = new BigDecimal[bands.size()];
        int[] planned = new int[bands.size()];
        BigDecimal running = BigDecimal.ZERO;
        int lastTop = 0;
        for (int k = 0; k < middle; k++) {
            running = counting == Counting.CUMULATIVE ? bands.get(k).share() : running.add(bands.get(k).share());
            cumShare[k] = running;
            planned[k] = rounding.count(n, running);
            int b = planned[k];
            if (b > 0 && b < n && groupStart[b] != b) {
                b = tiePolicy == TiePolicy.QUOTA_IS_MAXIMUM ? groupStart[b] : groupEnd[b];
            }
            cut[k] = Math.max(b, lastTop);
            lastTop = cut[k];
        }
        running = BigDecimal.ZERO;
        int lastBottom = n;
        for (int k = bands.size() - 1; k > middle; k--) {
            running = counting == Counting.CUMULATIVE ? bands.get(k).share() : running.add(bands.get(k).share());
            cumShare[k] = running;
            planned[k] = rounding.count(n, running);
            int b = n - planned[k];
            if (b > 0 && b < n && groupStart[b] != b) {
                b = groupEnd[b];
            }
            b = Math.max(b, lastTop);
            cut[k] = Math.min(b, lastBottom);
            lastBottom = cut[k];
        }
        Quotas quotas = new Quotas(population, n, counting, rounding, tiePolicy, tieBreak, bands,
                java.util.Arrays.asList(cumShare), java.util.Arrays.stream(planned).boxed().toList());

        for (int i = 0; i < n; i++) {
            int k = middle;
            for (int t = 0; t < middle; t++) {
                if (i < cut[t]) {
                    k = t;
                    break;
                }
            }
            if (k == middle) {
                for (int t = bands.size() - 1; t > middle; t--) {
                    if (i >= cut[t]) {
                        k = t;
                        break;
                    }
                }
            }
            BigDecimal score = scores[from + i];
            int byQuota = k;
            while (k < bands.size() - 1 && bands.get(k).minScore() != null && score.compareTo(bands.get(k).minScore()) < 0) {
                k++;
            }
            int scoreStart = scoreGroupStart[i];
            int scoreEnd = scoreGroupEnd[i];
            boolean tied = scoreEnd - scoreStart > 1;
            boolean straddled = tied && straddles(scoreStart, scoreEnd, planned, n, middle);
            out[from + i] = new Placement(bands.get(k).grade(), bands.get(byQuota).grade(),
                    k != byQuota ? bands.get(byQuota).minScore() : null,
                    score, scoreStart + 1, quotas, tied ? scoreEnd - scoreStart : 1, straddled);
        }
    }

    private boolean straddles(int start, int end, int[] planned, int n, int middle) {
        for (int k = 0; k < bands.size(); k++) {
            if (k == middle) {
                continue;
            }
            int boundary = k < middle ? planned[k] : n - planned[k];
            if (boundary > start && boundary < end) {
                return true;
            }
        }
        return false;
    }

    /** For each of the {@code n} places from {@code from}: where its group of equal rank keys starts and ends. */
    private static void groupBounds(BigDecimal[] scores, BigDecimal[] tieKeys, int from, int n, boolean breakTies,
                                    int[] start, int[] end) {
        int i = 0;
        while (i < n) {
            int j = i + 1;
            while (j < n && sameRankKey(scores, tieKeys, from + i, from + j, breakTies)) {
                j++;
            }
            for (int x = i; x < j; x++) {
                start[x] = i;
                end[x] = j;
            }
            i = j;
        }
    }

    private static boolean sameRankKey(BigDecimal[] scores, BigDecimal[] tieKeys, int a, int b, boolean breakTies) {
        if (scores[a].compareTo(scores[b]) != 0) {
            return false;
        }
        if (!breakTies) {
            return true;
        }
        BigDecimal ka = tieKeys == null ? null : tieKeys[a];
        BigDecimal kb = tieKeys == null ? null : tieKeys[b];
        return ka == null ? kb == null : kb != null && ka.compareTo(kb) == 0;
    }

    private int middleIndex() {
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).position() == Position.MIDDLE) {
                return i;
            }
        }
        throw new IllegalStateException("validated");
    }

    /** The quota arithmetic of one population, shared by all its placements. */
    public record Quotas(String population, int size, Counting counting, QuotaRounding rounding, TiePolicy tiePolicy,
                         String tieBreak, List<QuotaBand> bands, List<BigDecimal> cumulativeShare, List<Integer> plannedCount)
            implements Describable {
        @Override
        public String describe(Locale locale) {
            List<String> parts = new ArrayList<>();
            for (int k = 0; k < bands.size(); k++) {
                QuotaBand b = bands.get(k);
                if (b.position() == Position.MIDDLE) {
                    continue;
                }
                String side = b.position() == Position.TOP ? Describable.pick(locale, "前", "top ") : Describable.pick(locale, "后", "bottom ");
                BigDecimal exact = BigDecimal.valueOf(size).multiply(cumulativeShare.get(k)).divide(HUNDRED, 2, Decimals.ROUNDING);
                parts.add(b.grade().describe(locale) + " " + side + Decimals.show(cumulativeShare.get(k)) + "% × " + size + " = "
                        + Decimals.show(exact) + " → " + plannedCount.get(k) + Describable.pick(locale, " 人", ""));
            }
            return Describable.pick(locale,
                    "名额(" + (counting == Counting.CUMULATIVE ? "累计" : "各档独立") + ",取整 " + rounding + "): ",
                    "quotas (" + (counting == Counting.CUMULATIVE ? "cumulative" : "exclusive") + ", rounding " + rounding + "): ")
                    + String.join("; ", parts);
        }
    }

    /**
     * Where one person landed: the grade, the grade the quota alone would give, their competition rank in
     * the population, the quota arithmetic, and whether they share their score with others across a boundary.
     */
    public record Placement(Grade grade, Grade quotaGrade, BigDecimal minScoreMissed, BigDecimal score, int rank,
                            Quotas quotas, int tiedWith, boolean tieAtBoundary) implements Describable {
        @Override
        public String describe(Locale locale) {
            StringBuilder text = new StringBuilder(Describable.pick(locale,
                    "在 " + quotas.population() + "(" + quotas.size() + " 人)中排第 " + rank + " 名; ",
                    "rank " + rank + " of " + quotas.size() + " in " + quotas.population() + "; "));
            text.append(quotas.describe(locale));
            if (tiedWith > 1 && tieAtBoundary) {
                if (quotas.tieBreak() != null) {
                    text.append(Describable.pick(locale, "; 与其他 " + (tiedWith - 1) + " 人同分,按“" + quotas.tieBreak() + "”决定先后",
                            "; tied with " + (tiedWith - 1) + " others, ordered by “" + quotas.tieBreak() + "”"));
                } else {
                    text.append(Describable.pick(locale,
                            "; 与其他 " + (tiedWith - 1) + " 人同分,同分者同一等级(" + quotas.tiePolicy() + ")",
                            "; tied with " + (tiedWith - 1) + " others, kept in one grade (" + quotas.tiePolicy() + ")"));
                }
            }
            if (!grade.equals(quotaGrade)) {
                text.append(Describable.pick(locale,
                        "; 名额内为 " + quotaGrade.describe(locale) + ",但得分 " + Decimals.show(score) + " 未达该档最低分 → ",
                        "; the quota gives " + quotaGrade.describe(locale) + " but score " + Decimals.show(score)
                                + " is below its minimum → "));
            } else {
                text.append(" → ");
            }
            return text.append(grade.describe(locale)).toString();
        }
    }

    public String describe(Locale locale) {
        return bands.stream().map(b -> b.grade().describe(locale) + (b.share() == null ? "" : " " + Decimals.show(b.share()) + "%"))
                .collect(Collectors.joining(" / "));
    }
}
