package dev.kaohe.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Everything about an evaluation that is not the scheme, as data. Every field is optional; a missing one
 * takes the source default ({@link #defaults()}): grade scale 000 (优秀 ≥90 / 良好 / 达标 / 待改进),
 * manager score official, bonus +5 to +10 with no cap, no team linkage, no forced distribution, rank bands
 * of the 003 bonus (top 10% / 11–30% / rest), lower-is-better achievement capped at 200%.
 *
 * @param gradeScale            absolute grade scale: a {@code preset} ("000", "SABCD") or custom bands
 * @param distribution          forced distribution (null: none): a {@code preset} ("003") or custom bands
 * @param distributionPopulation the population the distribution applies in: a group key such as
 *                              {@code team}, {@code department}, or {@code company} (default)
 * @param officialGrade         which grade is official; null: the distribution's when one is set
 * @param populations           further populations to rank in besides the company
 * @param teamLinkageShare      percent of the score from the team's attainment (R28: 30); null: no linkage
 * @param teamRule              how the team's attainment scores (null: one point per percent, 0–100)
 * @param bonus                 limits on bonus points and the cap on the final score
 * @param raterBlend            rater name → percent (null: the manager's score is official)
 * @param rankBands             cut-offs on the ranking by top percent: a {@code preset} ("bonus-003",
 *                              "cohorts-003") or custom bands
 * @param tieBreak              what orders equal scores in the distribution (null: ties share a grade)
 * @param lowerIsBetterCeiling  the highest achievement a lower-is-better indicator can reach (default 200)
 */
public record SettingsSpec(GradeScaleSpec gradeScale, DistributionSpec distribution, String distributionPopulation,
                           OfficialGrade officialGrade, List<String> populations, BigDecimal teamLinkageShare,
                           RuleSpec teamRule, BonusSpec bonus, Map<String, BigDecimal> raterBlend,
                           RankBandsSpec rankBands, TieBreakSpec tieBreak, BigDecimal lowerIsBetterCeiling) {

    public enum OfficialGrade { ABSOLUTE, DISTRIBUTION }

    public SettingsSpec {
        populations = populations == null ? List.of() : List.copyOf(populations);
        raterBlend = raterBlend == null ? null : Map.copyOf(raterBlend);
    }

    public static SettingsSpec defaults() {
        return new SettingsSpec(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public SettingsSpec withDistribution(DistributionSpec value, String population) {
        return new SettingsSpec(gradeScale, value, population, officialGrade, populations, teamLinkageShare, teamRule,
                bonus, raterBlend, rankBands, tieBreak, lowerIsBetterCeiling);
    }

    public SettingsSpec withGradeScale(GradeScaleSpec value) {
        return new SettingsSpec(value, distribution, distributionPopulation, officialGrade, populations, teamLinkageShare,
                teamRule, bonus, raterBlend, rankBands, tieBreak, lowerIsBetterCeiling);
    }

    public SettingsSpec withTeamLinkage(BigDecimal share) {
        return new SettingsSpec(gradeScale, distribution, distributionPopulation, officialGrade, populations, share,
                teamRule, bonus, raterBlend, rankBands, tieBreak, lowerIsBetterCeiling);
    }

    public SettingsSpec withPopulations(List<String> keys) {
        return new SettingsSpec(gradeScale, distribution, distributionPopulation, officialGrade, keys, teamLinkageShare,
                teamRule, bonus, raterBlend, rankBands, tieBreak, lowerIsBetterCeiling);
    }

    /** A grade label in both languages; {@code zh}/{@code en} default to the code. */
    public record GradeLabel(String code, String zh, String en) {
    }

    /** Score bands: each starts at {@code minScore}; exactly one, the lowest, has none. */
    public record GradeScaleSpec(String preset, String name, List<GradeBand> bands) {
        public GradeScaleSpec {
            bands = bands == null ? List.of() : List.copyOf(bands);
        }

        public static GradeScaleSpec preset(String name) {
            return new GradeScaleSpec(name, null, null);
        }
    }

    public record GradeBand(GradeLabel grade, BigDecimal minScore) {
    }

    public enum Position { TOP, MIDDLE, BOTTOM }

    public enum Counting { CUMULATIVE, EXCLUSIVE }

    public enum Rounding { FLOOR, HALF_UP, CEILING }

    public enum TiePolicy { QUOTA_IS_MAXIMUM, FAVOUR_HIGHER }

    /**
     * Quota bands best first: top bands, one middle band, bottom bands; {@code share} in percent (ignored for
     * the middle), {@code minScore} optional (quota and a minimum score combined). Null counting, rounding
     * and tie policy take the engine's defaults (cumulative, floor, a quota is a maximum).
     */
    public record DistributionSpec(String preset, String name, List<QuotaBand> bands, Counting counting,
                                   Rounding rounding, TiePolicy tiePolicy) {
        public DistributionSpec {
            bands = bands == null ? List.of() : List.copyOf(bands);
        }

        public static DistributionSpec preset(String name) {
            return new DistributionSpec(name, null, null, null, null, null);
        }
    }

    public record QuotaBand(GradeLabel grade, Position position, BigDecimal share, BigDecimal minScore) {
    }

    /** Limits on bonus points ({@code minPoints}–{@code maxPoints} each) and the cap on the final score. */
    public record BonusSpec(BigDecimal minPoints, BigDecimal maxPoints, BigDecimal compositeCap) {
    }

    public record RankBandsSpec(String preset, String name, List<RankBand> bands) {
        public RankBandsSpec {
            bands = bands == null ? List.of() : List.copyOf(bands);
        }
    }

    /** Band for everyone within the top {@code upToTopPercent}; the last has none and takes the rest. */
    public record RankBand(GradeLabel label, BigDecimal upToTopPercent) {
    }

    /** {@code kind} DIMENSION or ITEM, {@code code} the dimension's or item's code. */
    public record TieBreakSpec(String kind, String code) {
    }
}
