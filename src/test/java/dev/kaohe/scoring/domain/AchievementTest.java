package dev.kaohe.scoring.domain;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static dev.kaohe.scoring.domain.Direction.HIGHER_IS_BETTER;
import static dev.kaohe.scoring.domain.Direction.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AchievementTest {

    private static Achievement of(String actual, String target, Direction direction) {
        return Achievement.of(new BigDecimal(actual), new BigDecimal(target), direction, AchievementPolicy.DEFAULT);
    }

    @Test
    void achievementIsActualDividedByTarget() {
        assertThat(of("120", "100", HIGHER_IS_BETTER).percent()).isEqualByComparingTo("120");
        assertThat(of("8", "6", HIGHER_IS_BETTER).percent()).isEqualByComparingTo("133.3333");
    }

    @Test
    void aLowerIsBetterIndicatorInvertsTheQuotient() {
        Achievement halfTheComplaints = of("0.25", "0.5", LOWER_IS_BETTER);
        assertThat(halfTheComplaints.percent()).isEqualByComparingTo("200");
        assertThat(of("0.625", "0.5", LOWER_IS_BETTER).percent()).isEqualByComparingTo("80");
    }

    @Test
    void aLowerIsBetterAchievementStopsAtTheCeiling() {
        Achievement tiny = of("0.01", "0.5", LOWER_IS_BETTER);
        assertThat(tiny.percent()).isEqualByComparingTo("200");
        assertThat(tiny.basis()).isEqualTo(Achievement.Basis.RATIO_CAPPED);
    }

    @Test
    void zeroComplaintsAgainstAPositiveTargetIsTheBestResultNotADivisionByZero() {
        Achievement none = of("0", "0.5", LOWER_IS_BETTER);
        assertThat(none.percent()).isEqualByComparingTo("200");
        assertThat(none.basis()).isEqualTo(Achievement.Basis.ZERO_ACTUAL_BEST);
    }

    @Test
    void aZeroTargetIsMetByAnyNonNegativeActualWhenHigherIsBetter() {
        assertThat(of("0", "0", HIGHER_IS_BETTER).percent()).isEqualByComparingTo("100");
        assertThat(of("5", "0", HIGHER_IS_BETTER).basis()).isEqualTo(Achievement.Basis.ZERO_TARGET_MET);
        assertThat(of("-1", "0", HIGHER_IS_BETTER).percent()).isEqualByComparingTo("0");
    }

    @Test
    void aZeroTargetIsMetOnlyByZeroWhenLowerIsBetter() {
        assertThat(of("0", "0", LOWER_IS_BETTER).percent()).isEqualByComparingTo("100");
        Achievement missed = of("1", "0", LOWER_IS_BETTER);
        assertThat(missed.percent()).isEqualByComparingTo("0");
        assertThat(missed.basis()).isEqualTo(Achievement.Basis.ZERO_TARGET_MISSED);
    }

    @Test
    void aNegativeTargetIsRefused() {
        assertThatThrownBy(() -> of("1", "-5", HIGHER_IS_BETTER)).isInstanceOf(ScoringException.class)
                .hasMessageContaining("negative");
    }

    @Test
    void theCeilingIsConfigurable() {
        AchievementPolicy policy = new AchievementPolicy(new BigDecimal("150"));
        Achievement a = Achievement.of(new BigDecimal("0"), new BigDecimal("3"), LOWER_IS_BETTER, policy);
        assertThat(a.percent()).isEqualByComparingTo("150");
    }
}
