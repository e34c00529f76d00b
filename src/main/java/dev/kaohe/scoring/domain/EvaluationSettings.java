package dev.kaohe.scoring.domain;

import java.util.List;
import java.util.Objects;

/**
 * Everything about an evaluation that is not the scheme: how achievement treats zeros, the rater blend,
 * bonus limits, team linkage (null: none), the absolute grade scale, the forced distribution (null: none)
 * and the population it applies to, which of the two gives the official grade, the populations to rank in
 * besides the whole company, the rank bands, and an optional tie-break for the distribution.
 */
public record EvaluationSettings(AchievementPolicy achievement, RaterBlend blend, BonusRules bonus,
                                 TeamLinkage teamLinkage, GradeScale gradeScale, ForcedDistribution distribution,
                                 String distributionPopulation, OfficialGrade officialGrade, List<String> populations,
                                 RankBands rankBands, TieBreak tieBreak) {

    /** The population that contains everyone evaluated together. */
    public static final String COMPANY = "company";

    public enum OfficialGrade { ABSOLUTE, DISTRIBUTION }

    /** Source 000's grade scale, manager-official scores, source 004's bonus range, no linkage, no quotas. */
    public static final EvaluationSettings DEFAULT = new EvaluationSettings(AchievementPolicy.DEFAULT,
            RaterBlend.MANAGER_OFFICIAL, BonusRules.SOURCE_004, null, GradeScale.SOURCE_000, null, COMPANY,
            OfficialGrade.ABSOLUTE, List.of(), RankBands.BONUS_003, null);

    public EvaluationSettings {
        Objects.requireNonNull(achievement, "achievement");
        Objects.requireNonNull(blend, "blend");
        Objects.requireNonNull(bonus, "bonus");
        distributionPopulation = distributionPopulation == null ? COMPANY : distributionPopulation;
        officialGrade = officialGrade == null ? OfficialGrade.ABSOLUTE : officialGrade;
        populations = populations == null ? List.of() : List.copyOf(populations);
        if (officialGrade == OfficialGrade.ABSOLUTE && gradeScale == null) {
            throw ScoringException.of("settings.gradeScale", "官方等级取自绝对等级表,但未设置等级表",
                    "the official grade comes from the score scale, but none is set");
        }
        if (officialGrade == OfficialGrade.DISTRIBUTION && distribution == null) {
            throw ScoringException.of("settings.distribution", "官方等级取自强制分布,但未设置分布",
                    "the official grade comes from the forced distribution, but none is set");
        }
    }

    public EvaluationSettings withBlend(RaterBlend value) {
        return new EvaluationSettings(achievement, value, bonus, teamLinkage, gradeScale, distribution,
                distributionPopulation, officialGrade, populations, rankBands, tieBreak);
    }

    public EvaluationSettings withBonus(BonusRules value) {
        return new EvaluationSettings(achievement, blend, value, teamLinkage, gradeScale, distribution,
                distributionPopulation, officialGrade, populations, rankBands, tieBreak);
    }

    public EvaluationSettings withTeamLinkage(TeamLinkage value) {
        return new EvaluationSettings(achievement, blend, bonus, value, gradeScale, distribution,
                distributionPopulation, officialGrade, populations, rankBands, tieBreak);
    }

    public EvaluationSettings withGradeScale(GradeScale value) {
        return new EvaluationSettings(achievement, blend, bonus, teamLinkage, value, distribution,
                distributionPopulation, officialGrade, populations, rankBands, tieBreak);
    }

    /** The official grade from {@code value} within {@code population} (a group key, or {@link #COMPANY}). */
    public EvaluationSettings withDistribution(ForcedDistribution value, String population) {
        return new EvaluationSettings(achievement, blend, bonus, teamLinkage, gradeScale, value,
                population, OfficialGrade.DISTRIBUTION, populations, rankBands, tieBreak);
    }

    public EvaluationSettings withPopulations(String... keys) {
        return new EvaluationSettings(achievement, blend, bonus, teamLinkage, gradeScale, distribution,
                distributionPopulation, officialGrade, List.of(keys), rankBands, tieBreak);
    }

    public EvaluationSettings withRankBands(RankBands value) {
        return new EvaluationSettings(achievement, blend, bonus, teamLinkage, gradeScale, distribution,
                distributionPopulation, officialGrade, populations, value, tieBreak);
    }

    public EvaluationSettings withTieBreak(TieBreak value) {
        return new EvaluationSettings(achievement, blend, bonus, teamLinkage, gradeScale, distribution,
                distributionPopulation, officialGrade, populations, rankBands, value);
    }
}
