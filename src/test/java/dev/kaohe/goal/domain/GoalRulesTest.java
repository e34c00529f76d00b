package dev.kaohe.goal.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GoalRulesTest {

    @Test
    void aDepartmentWithTwoOrSixCoreGoalsIsWarnedAndThreeToFiveIsFine() {
        CoreGoalRule rule = new CoreGoalRule(3, 5);

        assertThat(rule.check(2)).contains("tooFew");
        assertThat(rule.check(3)).isEmpty();
        assertThat(rule.check(5)).isEmpty();
        assertThat(rule.check(6)).contains("tooMany");
    }

    @Test
    void aNewHireGivenTheVeteransQuarterlyQuotaIsWarned() {
        TenureRule rule = new TenureRule(6, BigDecimal.ONE);
        LocalDate today = LocalDate.of(2026, 7, 1);

        assertThat(rule.isNewHire(LocalDate.of(2026, 5, 1), false, today)).isTrue();
        assertThat(rule.isNewHire(LocalDate.of(2025, 5, 1), false, today)).isFalse();
        assertThat(rule.isNewHire(LocalDate.of(2020, 5, 1), true, today)).isTrue();
        List<BigDecimal> veterans = List.of(new BigDecimal("200"), new BigDecimal("200"));
        assertThat(rule.check(new BigDecimal("200"), Direction.HIGHER, veterans)).contains(new BigDecimal("200"));
        assertThat(rule.check(new BigDecimal("120"), Direction.HIGHER, veterans)).isEmpty();
    }

    @Test
    void asecondAdjustmentInAQuarterIsBlockedOrOnlyWarnedAsConfigured() {
        assertThat(new AdjustmentLimit(1, true).decide(0)).isEqualTo(AdjustmentLimit.Decision.ALLOWED);
        assertThat(new AdjustmentLimit(1, true).decide(1)).isEqualTo(AdjustmentLimit.Decision.BLOCK);
        assertThat(new AdjustmentLimit(1, false).decide(1)).isEqualTo(AdjustmentLimit.Decision.WARN);
    }

    @Test
    void progressIsActualOverTargetAndInvertedWhenLessIsBetter() {
        assertThat(Progress.ofKpi(new BigDecimal("150"), new BigDecimal("120"), Direction.HIGHER)).isEqualByComparingTo("80.0");
        assertThat(Progress.ofKpi(new BigDecimal("2"), new BigDecimal("4"), Direction.LOWER)).isEqualByComparingTo("50.0");
        assertThat(Progress.ofKpi(null, BigDecimal.ONE, Direction.HIGHER)).isNull();
    }

    @Test
    void teamProgressRollsUpFromWeightedIndividualGoalsAndOrphansAndChildlessParentsAreFlagged() {
        List<AlignmentTree.Node> roots = AlignmentTree.build(List.of(
                new AlignmentTree.Entry(1, null, GoalLevel.COMPANY, BigDecimal.ZERO, null),
                new AlignmentTree.Entry(2, 1L, GoalLevel.UNIT, new BigDecimal("60"), null),
                new AlignmentTree.Entry(3, 2L, GoalLevel.PERSONAL, new BigDecimal("30"), new BigDecimal("100")),
                new AlignmentTree.Entry(4, 2L, GoalLevel.PERSONAL, new BigDecimal("10"), new BigDecimal("20")),
                new AlignmentTree.Entry(5, 1L, GoalLevel.UNIT, new BigDecimal("40"), null),
                new AlignmentTree.Entry(6, null, GoalLevel.PERSONAL, new BigDecimal("50"), new BigDecimal("10"))));

        AlignmentTree.Node company = roots.get(0);
        assertThat(company.children().get(0).progress()).isEqualByComparingTo("80.0");
        assertThat(company.progress()).isEqualByComparingTo("80.0");
        assertThat(company.children().get(1).childless()).isTrue();
        assertThat(roots.get(1).orphan()).isTrue();
        assertThat(AlignmentTree.flatten(roots)).hasSize(6);
    }

    @Test
    void anOkrObjectivesProgressIsTheWeightedProgressOfItsKeyResults() {
        assertThat(Progress.weighted(List.of(new Progress.Part(new BigDecimal("50"), new BigDecimal("40")),
                new Progress.Part(new BigDecimal("100"), new BigDecimal("30")),
                new Progress.Part(new BigDecimal("0"), new BigDecimal("30"))))).isEqualByComparingTo("50.0");
    }
}
