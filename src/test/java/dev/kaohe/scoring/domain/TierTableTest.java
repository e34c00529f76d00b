package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TierTableTest {

    private static BigDecimal score(TierTable table, String achievementPercent) {
        return table.apply(Measurement.of(new BigDecimal(achievementPercent), new BigDecimal("100"), Direction.HIGHER_IS_BETTER)).score();
    }

    /** SPEC §3 E5: the same achievement under source 000's and source 004's tables. */
    @ParameterizedTest(name = "achievement {0}% scores {1} under table A and {2} under table B")
    @CsvSource({"120, 100, 100", "100, 100, 100", "95, 80, 80", "85, 60, 80", "70, 60, 60", "50, 60, 0"})
    void theSpecTierVectorsHold(String achievement, String tableA, String tableB) {
        assertThat(score(TierTable.SOURCE_000, achievement)).isEqualByComparingTo(tableA);
        assertThat(score(TierTable.SOURCE_004, achievement)).isEqualByComparingTo(tableB);
    }

    @Test
    void achievementOf99Point5PercentIsStillInThe90To99BandUnlessRoundingIsChosen() {
        assertThat(score(TierTable.SOURCE_000, "99.5")).isEqualByComparingTo("80");
        assertThat(score(TierTable.SOURCE_000, "89.5")).isEqualByComparingTo("60");
        TierTable rounded = TierTable.SOURCE_000.withRoundingTo(0);
        assertThat(score(rounded, "99.5")).isEqualByComparingTo("100");
        assertThat(score(rounded, "89.5")).isEqualByComparingTo("80");
        assertThat(score(rounded, "89.4")).isEqualByComparingTo("60");
    }

    @Test
    void boundariesCanBeOpenOrClosedAtEitherEnd() {
        TierTable upperClosed = new TierTable("upper-closed", List.of(
                new Tier(new BigDecimal("100"), false, null, false, new BigDecimal("100")),
                new Tier(new BigDecimal("90"), false, new BigDecimal("100"), true, new BigDecimal("80")),
                new Tier(null, false, new BigDecimal("90"), true, new BigDecimal("60"))), null);
        assertThat(score(upperClosed, "100")).isEqualByComparingTo("80");
        assertThat(score(upperClosed, "100.01")).isEqualByComparingTo("100");
        assertThat(score(upperClosed, "90")).isEqualByComparingTo("60");
    }

    @Test
    void theReasonNamesTheBandHit() {
        RuleOutcome outcome = TierTable.SOURCE_000.apply(Measurement.of(new BigDecimal("92"), new BigDecimal("100"), Direction.HIGHER_IS_BETTER));
        assertThat(outcome.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("达成率 92% 落在 ≥90% 且 <100% 档 → 80");
        assertThat(outcome.describe(Locale.ENGLISH)).isEqualTo("achievement 92% falls in the ≥90% and <100% tier → 80");
    }

    @Test
    void overlappingTiersAreRefusedNamingTheTier() {
        assertThatThrownBy(() -> new TierTable("bad", List.of(
                Tier.from("100", null, "100"), Tier.from("85", "100", "80"),
                new Tier(null, false, new BigDecimal("90"), false, new BigDecimal("60"))), null))
                .isInstanceOf(ScoringException.class)
                .hasMessageContaining("tier ≥85% and <100% overlaps tier <90%");
    }

    @Test
    void gappedTiersAreRefusedNamingTheTier() {
        assertThatThrownBy(() -> new TierTable("bad", List.of(
                Tier.from("100", null, "100"), Tier.from("90", "95", "80"), Tier.from(null, "90", "60")), null))
                .isInstanceOf(ScoringException.class)
                .hasMessageContaining("tier ≥100% leaves a gap after tier ≥90% and <95%");
    }

    @Test
    void aBoundaryClaimedByBothNeighboursIsAnOverlap() {
        assertThatThrownBy(() -> new TierTable("bad", List.of(
                Tier.from("100", null, "100"),
                new Tier(null, false, new BigDecimal("100"), true, new BigDecimal("60"))), null))
                .isInstanceOf(ScoringException.class).hasMessageContaining("overlaps");
    }

    @Test
    void aTableWithoutABottomTierIsRefused() {
        assertThatThrownBy(() -> new TierTable("bad", List.of(Tier.from("100", null, "100"), Tier.from("90", "100", "80")), null))
                .isInstanceOf(ScoringException.class).hasMessageContaining("nothing covers achievement below 90%");
    }

    @Test
    void aTierPayingLessThanTheOneBelowItIsRefused() {
        assertThatThrownBy(() -> TierTable.steps("bad", "60", "100", "50", "90", "80"))
                .isInstanceOf(ScoringException.class).hasMessageContaining("tier ≥100% pays fewer points");
    }

    @Test
    void aLowerIsBetterIndicatorIsTieredOnItsInvertedAchievement() {
        Measurement cac = Measurement.of(new BigDecimal("110"), new BigDecimal("100"), Direction.LOWER_IS_BETTER);
        RuleOutcome outcome = TierTable.SOURCE_000.apply(cac);
        assertThat(outcome.achievement().percent()).isEqualByComparingTo("90.9091");
        assertThat(outcome.score()).isEqualByComparingTo("80");
    }
}
