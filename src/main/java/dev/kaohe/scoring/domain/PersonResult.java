package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One person's result and its whole derivation ("why is my score 86.4?"): the item derivations, the
 * dimension parts, the composite, team linkage, bonus points, the cap, the final score, the grade with its
 * reason, and their place in each population. {@code complete} is false when an item could not be scored;
 * such a result has no scores, no grade and no places, and {@code problems} says why.
 *
 * <p>Order of the steps: composite of items → team linkage → plus bonus points → composite cap.
 */
public record PersonResult(String participantId, Map<String, String> groups, String schemeCode, int schemeVersion,
                           List<ItemResult> items, List<DimensionResult> dimensions, BigDecimal composite,
                           TeamPart team, List<BonusPoints> bonuses, BigDecimal bonusTotal, BigDecimal cap,
                           BigDecimal finalScore, GradeScale.Assigned absoluteGrade, Grade grade, Describable gradeReason,
                           Map<String, Place> places, List<ScoringException.Problem> problems) implements Describable {

    public boolean complete() {
        return problems.isEmpty();
    }

    /** Team linkage: the team's attainment, how it scored, the share, and the composite before and after. */
    public record TeamPart(BigDecimal attainment, RuleOutcome teamOutcome, BigDecimal share, BigDecimal individual,
                           BigDecimal linked) implements Describable {
        @Override
        public String describe(Locale locale) {
            BigDecimal own = Decimals.HUNDRED.subtract(share);
            return Describable.pick(locale,
                    "团队联动:个人 " + Decimals.show(individual) + " × " + Decimals.show(own) + "% + 团队 "
                            + Decimals.show(teamOutcome.score()) + " × " + Decimals.show(share) + "% = " + Decimals.show(linked)
                            + "(团队达成 " + Decimals.showPercent(attainment) + ":" + teamOutcome.describe(locale) + ")",
                    "team linkage: individual " + Decimals.show(individual) + " × " + Decimals.show(own) + "% + team "
                            + Decimals.show(teamOutcome.score()) + " × " + Decimals.show(share) + "% = " + Decimals.show(linked)
                            + " (team attainment " + Decimals.showPercent(attainment) + ": " + teamOutcome.describe(locale) + ")");
        }
    }

    /** Place in one population: the rank, and the forced-distribution grade there when a distribution is set. */
    public record Place(String population, String group, Ranking.Rank rank, ForcedDistribution.Placement distribution) {
    }

    @Override
    public String describe(Locale locale) {
        StringBuilder text = new StringBuilder(participantId).append(" — ")
                .append(Describable.pick(locale, "方案 ", "scheme ")).append(schemeCode).append(" v").append(schemeVersion).append('\n');
        for (ItemResult item : items) {
            text.append("  • ").append(item.describe(locale)).append('\n');
        }
        if (!complete()) {
            text.append(Describable.pick(locale, "结果不完整:", "incomplete: "));
            problems.forEach(p -> text.append(p.describe(locale)).append("; "));
            return text.toString().strip();
        }
        for (DimensionResult d : dimensions) {
            text.append("  ").append(d.describe(locale)).append('\n');
        }
        text.append(Describable.pick(locale, "综合得分 ", "composite ")).append(Decimals.show(composite)).append('\n');
        if (team != null) {
            text.append(team.describe(locale)).append('\n');
        }
        for (BonusPoints b : bonuses) {
            text.append(Describable.pick(locale, "加分 ", "bonus ")).append(b.describe(locale)).append('\n');
        }
        text.append(Describable.pick(locale, "最终得分 ", "final score ")).append(Decimals.show(finalScore));
        if (cap != null) {
            text.append(Describable.pick(locale, "(封顶 ", " (capped at ")).append(Decimals.show(cap)).append(')');
        }
        text.append('\n').append(Describable.pick(locale, "等级 ", "grade ")).append(grade.describe(locale)).append(": ")
                .append(gradeReason.describe(locale));
        places.values().stream().sorted(java.util.Comparator.comparing(Place::population))
                .forEach(p -> text.append('\n').append(Describable.pick(locale, "排名 ", "rank ")).append(p.rank().describe(locale)));
        return text.toString();
    }

    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }
}
