package dev.kaohe.scoring.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.kaohe.scoring.SettingsSpec;
import dev.kaohe.scoring.domain.AchievementPolicy;
import dev.kaohe.scoring.domain.BonusRules;
import dev.kaohe.scoring.domain.EvaluationSettings;
import dev.kaohe.scoring.domain.ForcedDistribution;
import dev.kaohe.scoring.domain.Grade;
import dev.kaohe.scoring.domain.GradeScale;
import dev.kaohe.scoring.domain.LinearRule;
import dev.kaohe.scoring.domain.QuotaRounding;
import dev.kaohe.scoring.domain.RankBands;
import dev.kaohe.scoring.domain.RaterBlend;
import dev.kaohe.scoring.domain.ScoringException;
import dev.kaohe.scoring.domain.ScoringRule;
import dev.kaohe.scoring.domain.TeamLinkage;
import dev.kaohe.scoring.domain.TieBreak;

/** {@link SettingsSpec} to the engine's {@link EvaluationSettings}; problems named under {@code prefix}. */
public final class SettingsMapping {

    private SettingsMapping() {
    }

    public static SpecMapping.Built<EvaluationSettings> settings(SettingsSpec spec, String prefix, Locale locale) {
        Problems problems = new Problems(locale);
        SettingsSpec s = spec == null ? SettingsSpec.defaults() : spec;
        String p = prefix == null || prefix.isEmpty() ? "" : prefix + ".";

        AchievementPolicy achievement = guard(problems, p + "lowerIsBetterCeiling",
                () -> s.lowerIsBetterCeiling() == null ? AchievementPolicy.DEFAULT : new AchievementPolicy(s.lowerIsBetterCeiling()));
        RaterBlend blend = s.raterBlend() == null ? RaterBlend.MANAGER_OFFICIAL
                : SpecMapping.blend(s.raterBlend(), p + "raterBlend", problems);
        BonusRules bonus = s.bonus() == null ? BonusRules.SOURCE_004 : guard(problems, p + "bonus", () -> new BonusRules(
                or(s.bonus().minPoints(), BonusRules.SOURCE_004.minPoints()),
                or(s.bonus().maxPoints(), BonusRules.SOURCE_004.maxPoints()), s.bonus().compositeCap()));
        TeamLinkage linkage = null;
        if (s.teamLinkageShare() != null) {
            ScoringRule teamRule = s.teamRule() == null ? LinearRule.PERCENT_0_100 : SpecMapping.rule(s.teamRule(), p + "teamRule", problems);
            if (teamRule != null) {
                linkage = guard(problems, p + "teamLinkageShare", () -> new TeamLinkage(s.teamLinkageShare(), teamRule));
            }
        }
        GradeScale scale = gradeScale(s.gradeScale(), p + "gradeScale", problems);
        ForcedDistribution distribution = distribution(s.distribution(), p + "distribution", problems);
        RankBands rankBands = rankBands(s.rankBands(), p + "rankBands", problems);
        TieBreak tieBreak = null;
        if (s.tieBreak() != null) {
            TieBreak.Kind kind = null;
            for (TieBreak.Kind k : TieBreak.Kind.values()) {
                if (k.name().equalsIgnoreCase(s.tieBreak().kind() == null ? "" : s.tieBreak().kind().strip())) {
                    kind = k;
                }
            }
            if (kind == null) {
                problems.add(p + "tieBreak.kind", s.tieBreak().kind(), "须为 DIMENSION 或 ITEM", "must be DIMENSION or ITEM");
            } else if (SpecMapping.blank(s.tieBreak().code())) {
                problems.required(p + "tieBreak.code");
            } else {
                tieBreak = new TieBreak(kind, s.tieBreak().code().strip());
            }
        }
        if (!problems.isEmpty()) {
            return new SpecMapping.Built<>(null, problems.list(), List.of());
        }
        EvaluationSettings.OfficialGrade official = s.officialGrade() == null
                ? (distribution != null ? EvaluationSettings.OfficialGrade.DISTRIBUTION : EvaluationSettings.OfficialGrade.ABSOLUTE)
                : EvaluationSettings.OfficialGrade.valueOf(s.officialGrade().name());
        String population = SpecMapping.blank(s.distributionPopulation()) ? EvaluationSettings.COMPANY : s.distributionPopulation().strip();
        TieBreak tb = tieBreak;
        TeamLinkage team = linkage;
        EvaluationSettings settings = guard(problems, p + "officialGrade", () -> new EvaluationSettings(achievement, blend, bonus, team,
                scale, distribution, population, official, s.populations(), rankBands, tb));
        return new SpecMapping.Built<>(settings, problems.list(), List.of());
    }

    private static GradeScale gradeScale(SettingsSpec.GradeScaleSpec spec, String path, Problems problems) {
        if (spec == null) {
            return GradeScale.SOURCE_000;
        }
        if (spec.bands().isEmpty()) {
            String preset = spec.preset() == null ? "000" : spec.preset().strip();
            return switch (preset) {
                case "000" -> GradeScale.SOURCE_000;
                case "SABCD" -> GradeScale.SABCD_BY_SCORE;
                default -> {
                    problems.add(path + ".preset", spec.preset(), "未知的等级表预设(可选 000、SABCD)", "unknown grade scale preset (000 or SABCD)");
                    yield null;
                }
            };
        }
        List<GradeScale.Band> bands = new ArrayList<>();
        for (int i = 0; i < spec.bands().size(); i++) {
            SettingsSpec.GradeBand b = spec.bands().get(i);
            Grade grade = grade(b == null ? null : b.grade(), path + ".bands[" + i + "].grade", problems);
            if (grade != null) {
                bands.add(new GradeScale.Band(grade, b.minScore()));
            }
        }
        if (bands.size() < spec.bands().size()) {
            return null;
        }
        return guard(problems, path, () -> new GradeScale(or(spec.name(), "custom"), bands));
    }

    private static ForcedDistribution distribution(SettingsSpec.DistributionSpec spec, String path, Problems problems) {
        if (spec == null) {
            return null;
        }
        ForcedDistribution.Counting counting = spec.counting() == null ? null : ForcedDistribution.Counting.valueOf(spec.counting().name());
        QuotaRounding rounding = spec.rounding() == null ? null : QuotaRounding.valueOf(spec.rounding().name());
        ForcedDistribution.TiePolicy tie = spec.tiePolicy() == null ? null : ForcedDistribution.TiePolicy.valueOf(spec.tiePolicy().name());
        if (spec.bands().isEmpty()) {
            String preset = spec.preset() == null ? "003" : spec.preset().strip();
            if (!preset.equals("003")) {
                problems.add(path + ".preset", spec.preset(), "未知的强制分布预设(可选 003)", "unknown distribution preset (003)");
                return null;
            }
            ForcedDistribution d = ForcedDistribution.SOURCE_003;
            ForcedDistribution.Counting c = counting == null ? d.counting() : counting;
            QuotaRounding r = rounding == null ? d.rounding() : rounding;
            ForcedDistribution.TiePolicy t = tie == null ? d.tiePolicy() : tie;
            return guard(problems, path, () -> new ForcedDistribution(d.name(), d.bands(), c, r, t));
        }
        List<ForcedDistribution.QuotaBand> bands = new ArrayList<>();
        for (int i = 0; i < spec.bands().size(); i++) {
            SettingsSpec.QuotaBand b = spec.bands().get(i);
            String bandPath = path + ".bands[" + i + "]";
            Grade grade = grade(b == null ? null : b.grade(), bandPath + ".grade", problems);
            if (b != null && b.position() == null) {
                problems.required(bandPath + ".position");
            } else if (grade != null) {
                bands.add(new ForcedDistribution.QuotaBand(grade, ForcedDistribution.Position.valueOf(b.position().name()),
                        b.share(), b.minScore()));
            }
        }
        if (bands.size() < spec.bands().size()) {
            return null;
        }
        return guard(problems, path, () -> new ForcedDistribution(or(spec.name(), "custom"), bands, counting, rounding, tie));
    }

    private static RankBands rankBands(SettingsSpec.RankBandsSpec spec, String path, Problems problems) {
        if (spec == null) {
            return RankBands.BONUS_003;
        }
        if (spec.bands().isEmpty()) {
            String preset = spec.preset() == null ? RankBands.BONUS_003.name() : spec.preset().strip();
            if (preset.equals(RankBands.BONUS_003.name())) {
                return RankBands.BONUS_003;
            }
            if (preset.equals(RankBands.COHORTS_003.name())) {
                return RankBands.COHORTS_003;
            }
            problems.add(path + ".preset", spec.preset(), "未知的排名分段预设(可选 bonus-003、cohorts-003)",
                    "unknown rank band preset (bonus-003 or cohorts-003)");
            return null;
        }
        List<RankBands.Band> bands = new ArrayList<>();
        for (int i = 0; i < spec.bands().size(); i++) {
            SettingsSpec.RankBand b = spec.bands().get(i);
            Grade label = grade(b == null ? null : b.label(), path + ".bands[" + i + "].label", problems);
            if (label != null) {
                bands.add(new RankBands.Band(label, b.upToTopPercent()));
            }
        }
        if (bands.size() < spec.bands().size()) {
            return null;
        }
        return guard(problems, path, () -> new RankBands(or(spec.name(), "custom"), bands));
    }

    private static Grade grade(SettingsSpec.GradeLabel label, String path, Problems problems) {
        if (label == null || SpecMapping.blank(label.code())) {
            problems.required(path + ".code");
            return null;
        }
        return new Grade(label.code().strip(), label.zh(), label.en());
    }

    private static <T> T guard(Problems problems, String path, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (ScoringException e) {
            e.problems().forEach(pr -> problems.add(path, pr));
            return null;
        }
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
