package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.util.Objects;

import static dev.kaohe.scoring.domain.Decimals.HUNDRED;

/**
 * Team linkage (R28): {@code share} percent of the individual score comes from the team's attainment.
 * {@code final = individual × (1 − share) + teamScore × share}, where {@code teamScore} is the team's
 * attainment (percent of the team goal) scored by {@code teamRule}.
 */
public record TeamLinkage(BigDecimal share, ScoringRule teamRule) {

    /** R28 (003): 30% tied to team goals, team attainment counted one point per percent, 0–100. */
    public static final TeamLinkage SOURCE_003 = new TeamLinkage(BigDecimal.valueOf(30), LinearRule.PERCENT_0_100);

    /** R82 (002): team points 70%, individual contribution 30%. */
    public static final TeamLinkage SOURCE_002 = new TeamLinkage(BigDecimal.valueOf(70), LinearRule.PERCENT_0_100);

    public TeamLinkage {
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(teamRule, "teamRule");
        if (share.signum() < 0 || share.compareTo(HUNDRED) > 0) {
            throw ScoringException.of("teamLinkage.share", "团队占比必须在 0–100% 之间", "the team share must be 0–100%");
        }
    }

    RuleOutcome teamScore(BigDecimal attainmentPercent) {
        return teamRule.apply(Measurement.of(attainmentPercent, HUNDRED, Direction.HIGHER_IS_BETTER));
    }
}
