package dev.kaohe.goal.domain;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WeightRuleTest {

    private final WeightRule rule = new WeightRule(new BigDecimal("100"), new BigDecimal("60"), new BigDecimal("70"),
            new BigDecimal("30"), new BigDecimal("40"));

    private static WeightRule.Weighted w(String weight, GoalCategory category) {
        return new WeightRule.Weighted(new BigDecimal(weight), category);
    }

    @Test
    void sixtyFiveOutcomeAndThirtyFiveProcessIsWithinGuidance() {
        WeightRule.WeightCheck check = rule.check(List.of(w("40", GoalCategory.OUTCOME), w("25", GoalCategory.OUTCOME),
                w("35", GoalCategory.PROCESS)));

        assertThat(check.issues()).isEmpty();
        assertThat(check.outcomeShare()).isEqualByComparingTo("65");
    }

    @Test
    void theNewMediaGoalsOfExampleE9SumToEightyAndAreFlagged() {
        WeightRule.WeightCheck check = rule.check(List.of(w("30", GoalCategory.OUTCOME), w("20", GoalCategory.PROCESS),
                w("30", GoalCategory.OUTCOME)));

        assertThat(check.sumsToTotal()).isFalse();
        assertThat(check.issues().get(0).args()).containsExactly("80", "100");
        assertThat(check.outcomeShare()).isEqualByComparingTo("75");
        assertThat(check.issues()).extracting(WeightRule.WeightIssue::code).containsExactly("sumMismatch", "outcomeShare", "processShare");
    }

    @Test
    void onlyOutcomeGoalsBreakTheProcessGuidanceEvenWhenTheySumToAHundred() {
        WeightRule.WeightCheck check = rule.check(List.of(w("100", GoalCategory.OUTCOME)));

        assertThat(check.sumsToTotal()).isTrue();
        assertThat(check.issues()).extracting(WeightRule.WeightIssue::code).containsExactly("outcomeShare", "processShare");
    }
}
