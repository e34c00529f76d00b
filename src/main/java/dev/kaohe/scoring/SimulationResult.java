package dev.kaohe.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import dev.kaohe.platform.FieldProblem;

/**
 * The outcome of a simulation: the scheme it used (and any range warnings), and per person the item
 * scores with their reasons, dimension scores, composite, team part, bonus, final score, grade with its
 * reason, places in each population, and the whole derivation as text, all in the request's language.
 */
public record SimulationResult(SchemeRef scheme, List<FieldProblem> warnings, List<Person> people) {

    public record SchemeRef(String code, String name, int version) {
    }

    /** {@code complete} is false when an item could not be scored: such a person has no score, grade or place. */
    public record Person(String id, String name, Map<String, String> groups, boolean complete, List<String> problems,
                         List<ItemScore> items, List<DimensionScore> dimensions, BigDecimal composite, TeamScore team,
                         BigDecimal bonusTotal, List<String> bonuses, BigDecimal finalScore, GradeView grade,
                         GradeView absoluteGrade, List<PlaceView> places, String derivation) {

        /** The place in the whole company, or null for an incomplete result. */
        public PlaceView companyPlace() {
            return places.stream().filter(p -> "company".equals(p.population())).findFirst().orElse(null);
        }
    }

    /**
     * One item: the values, the achievement (percent, when the rule uses one), the score, the weight and the
     * contribution to the composite; {@code reason} is the rule's band or mapping ("achievement 120% falls in the
     * ≥100% tier → 100"); {@code raters} the rater scores of a rated item.
     */
    public record ItemScore(String code, String name, String dimension, BigDecimal weight, BigDecimal actual,
                            BigDecimal target, BigDecimal achievement, BigDecimal score, BigDecimal contribution,
                            String reason, Map<String, BigDecimal> raters, String problem) {
    }

    public record DimensionScore(String code, String name, BigDecimal weight, BigDecimal score, BigDecimal contribution) {
    }

    public record TeamScore(BigDecimal attainment, BigDecimal teamScore, BigDecimal share, BigDecimal individual,
                            BigDecimal linked, String reason) {
    }

    public record GradeView(String code, String label, String reason) {
    }

    /**
     * A place in one population ({@code company}, or a group key such as {@code team}): rank (1, 2, 2, 4),
     * dense rank (1, 2, 2, 3), top percent, percentile, rank band, and the forced-distribution grade there.
     */
    public record PlaceView(String population, String group, int size, int rank, int denseRank, BigDecimal topPercent,
                            BigDecimal percentile, String band, String distributionGrade, String distributionReason) {
    }
}
