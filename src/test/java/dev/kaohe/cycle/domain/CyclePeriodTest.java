package dev.kaohe.cycle.domain;

import java.time.LocalDate;

import dev.kaohe.cycle.CycleType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CyclePeriodTest {

    @Test
    void regularCyclesCoverTheirWholeCalendarPeriodAndAreLabelledByIt() {
        assertThat(CyclePeriod.fits(CycleType.QUARTERLY, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30))).isTrue();
        assertThat(CyclePeriod.fits(CycleType.QUARTERLY, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 10, 31))).isFalse();
        assertThat(CyclePeriod.label(CycleType.QUARTERLY, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30))).isEqualTo("2026 Q3");
        assertThat(CyclePeriod.label(CycleType.MONTHLY, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28))).isEqualTo("2026-02");
        assertThat(CyclePeriod.fits(CycleType.HALF_YEAR, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(CyclePeriod.label(CycleType.HALF_YEAR, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31))).isEqualTo("2026 H2");
        assertThat(CyclePeriod.fits(CycleType.ANNUAL, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 30))).isFalse();
        assertThat(CyclePeriod.fits(CycleType.PROJECT, LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 20))).isTrue();
    }

    @Test
    void aMonthPostsIntoTheQuarterItLiesIn() {
        assertThat(CyclePeriod.monthInQuarter(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30))).isTrue();
        assertThat(CyclePeriod.monthInQuarter(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30))).isFalse();
    }
}
