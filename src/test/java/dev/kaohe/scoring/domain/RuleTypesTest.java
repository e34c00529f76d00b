package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleTypesTest {

    private static Measurement achieved(String actual, String target) {
        return Measurement.of(new BigDecimal(actual), new BigDecimal(target), Direction.HIGHER_IS_BETTER);
    }

    @Test
    void aLinearRuleScoresOnePointPerPercentBetweenFloorAndCap() {
        LinearRule rule = LinearRule.of("1", "0", "120");
        assertThat(rule.apply(achieved("92", "100")).score()).isEqualByComparingTo("92");
        RuleOutcome capped = rule.apply(achieved("150", "100"));
        assertThat(capped.score()).isEqualByComparingTo("120");
        assertThat(capped.describe(Locale.ENGLISH)).isEqualTo("achievement 150% × 1 = 150, capped at 120");
        assertThat(LinearRule.of("1", "40", "100").apply(achieved("10", "100")).describe(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("达成率 10% × 1 = 10,保底 40");
    }

    @Test
    void aLinearRuleWithANegativeSlopeIsRefused() {
        assertThatThrownBy(() -> LinearRule.of("-1", "0", "100")).isInstanceOf(ScoringException.class);
    }

    @Test
    void aSatisfactionOf4Point8MeetsTheThresholdOf4Point5() {
        RuleOutcome outcome = ThresholdRule.MET_100_MISSED_0.apply(achieved("4.8", "4.5"));
        assertThat(outcome.score()).isEqualByComparingTo("100");
        assertThat(outcome.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("实际 4.8 达到门槛 ≥ 4.5 → 100");
    }

    @Test
    void aMissedThresholdScoresTheConfiguredPoints() {
        assertThat(ThresholdRule.missedScores("60").apply(achieved("4.4", "4.5")).score()).isEqualByComparingTo("60");
        assertThat(ThresholdRule.missedScores("60").apply(achieved("4.5", "4.5")).score()).isEqualByComparingTo("100");
    }

    @Test
    void aLowerIsBetterThresholdIsMetAtOrBelowTheTarget() {
        Measurement complaints = Measurement.of(new BigDecimal("0.4"), new BigDecimal("0.5"), Direction.LOWER_IS_BETTER);
        assertThat(ThresholdRule.MET_100_MISSED_0.apply(complaints).score()).isEqualByComparingTo("100");
    }

    @Test
    void aRatingOf4OnAOneToFiveScaleIs75() {
        assertThat(RatingScaleRule.ONE_TO_FIVE.apply(Measurement.of(new BigDecimal("4"))).score()).isEqualByComparingTo("75");
        assertThat(RatingScaleRule.ONE_TO_FIVE.apply(Measurement.of(BigDecimal.ONE)).score()).isEqualByComparingTo("0");
        assertThat(RatingScaleRule.ONE_TO_FIVE.apply(Measurement.of(new BigDecimal("5"))).score()).isEqualByComparingTo("100");
    }

    @Test
    void aRatingOutsideTheScaleIsRefused() {
        assertThatThrownBy(() -> RatingScaleRule.ONE_TO_FIVE.apply(Measurement.of(new BigDecimal("6"))))
                .isInstanceOf(ScoringException.class).hasMessageContaining("rating 6 is outside the scale 1–5");
    }

    @Test
    void okrProgressOf0Point7Scores70() {
        assertThat(OkrProgressRule.ZERO_TO_ONE.apply(Measurement.of(new BigDecimal("0.7"))).score()).isEqualByComparingTo("70");
        assertThatThrownBy(() -> OkrProgressRule.ZERO_TO_ONE.apply(Measurement.of(new BigDecimal("1.2"))))
                .isInstanceOf(ScoringException.class);
    }

    @Test
    void aManualScoreIsTakenAsEnteredWithinItsRange() {
        assertThat(ManualScoreRule.ZERO_TO_HUNDRED.apply(Measurement.of(new BigDecimal("87.5"))).score()).isEqualByComparingTo("87.5");
        assertThatThrownBy(() -> ManualScoreRule.ZERO_TO_HUNDRED.apply(Measurement.of(new BigDecimal("101"))))
                .isInstanceOf(ScoringException.class);
    }

    @Test
    void anAdminFormulaComputesFromItsNamedInputs() {
        FormulaRule rule = FormulaRule.of("MIN(achievement, 120) * 0.8 + bonusLeads * 2", "bonusLeads");
        Measurement m = new Measurement(new BigDecimal("110"), new BigDecimal("100"), Direction.HIGHER_IS_BETTER,
                Map.of("bonusLeads", new BigDecimal("3")), AchievementPolicy.DEFAULT);
        RuleOutcome outcome = rule.apply(m);
        assertThat(outcome.score()).isEqualByComparingTo("94");
        assertThat(outcome.describe(Locale.ENGLISH)).contains("achievement=110", "bonusLeads=3", "= 94");
        assertThat(rule.needsTarget()).isTrue();
    }

    @Test
    void aFormulaReferringToAnUnknownInputIsRefusedNamingIt() {
        assertThatThrownBy(() -> FormulaRule.of("actual * salary / target"))
                .isInstanceOf(ScoringException.class)
                .hasMessageContaining("formula.input[salary]")
                .hasMessageContaining("unknown input \"salary\"");
    }

    @Test
    void aFormulaThatDoesNotParseIsRefused() {
        assertThatThrownBy(() -> FormulaRule.of("actual * (target")).isInstanceOf(ScoringException.class)
                .hasMessageContaining("cannot be parsed");
    }

    @Test
    void aFormulaCannotReachStructuresOrArrays() {
        assertThatThrownBy(() -> FormulaRule.of("actual.class")).isInstanceOf(ScoringException.class);
        assertThatThrownBy(() -> FormulaRule.of("actual[0]")).isInstanceOf(ScoringException.class);
    }

    @Test
    void aFormulaResultIsKeptWithinItsFloorAndCap() {
        FormulaRule rule = new FormulaRule("actual * 2", java.util.Set.of(), BigDecimal.ZERO, new BigDecimal("100"));
        assertThat(rule.apply(Measurement.of(new BigDecimal("70"))).score()).isEqualByComparingTo("100");
        assertThat(rule.needsTarget()).isFalse();
    }
}
