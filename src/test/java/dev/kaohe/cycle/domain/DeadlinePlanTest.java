package dev.kaohe.cycle.domain;

import java.time.LocalDate;
import java.util.Map;

import dev.kaohe.cycle.CyclePhase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Phase deadlines follow the period in working days, with the source values as defaults. */
class DeadlinePlanTest {

    private final WorkingCalendar calendar = WorkingCalendarTest.builtIn();
    private final DeadlinePlan plan = DeadlinePlan.sourceDefaults();

    @Test
    void publicationOfTheFourthQuarterOf2025IsFiveWorkingDaysAfterNewYearsEve() {
        Map<CyclePhase, LocalDate> d = plan.deadlines(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31), calendar);
        // Jan 1 2026 … Jan 3 off, Jan 4 (Sun) worked: 4, 5, 6, 7, 8
        assertThat(d.get(CyclePhase.PUBLICATION)).isEqualTo(LocalDate.of(2026, 1, 8));
        // feedback within a week of publication: 9, 12, 13, 14, 15
        assertThat(d.get(CyclePhase.FEEDBACK)).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(d.get(CyclePhase.IN_PROGRESS)).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void preparationOfAQuarterStartingAfterNationalDayOpensTwoWorkingWeeksBefore() {
        LocalDate start = LocalDate.of(2025, 10, 1);
        // back 10 working days from Oct 1: Sep 30, 29, 28 (Sun, 调休), 26, 25, 24, 23, 22, 19, 18
        assertThat(plan.preparationOpens(start, calendar)).isEqualTo(LocalDate.of(2025, 9, 18));
        Map<CyclePhase, LocalDate> d = plan.deadlines(start, LocalDate.of(2025, 12, 31), calendar);
        assertThat(d.get(CyclePhase.PREPARATION)).isEqualTo(LocalDate.of(2025, 9, 30));
        // the period starts in the holiday: five working days from the first one, Oct 9, 10, 11 (Sat, 调休), 13, 14
        assertThat(d.get(CyclePhase.GOAL_SETTING)).isEqualTo(LocalDate.of(2025, 10, 14));
    }

    @Test
    void deadlinesNeverGoBackwards() {
        DeadlinePlan odd = new DeadlinePlan(5, 5, 4, 1, 0, 0, 0, 0);
        Map<CyclePhase, LocalDate> d = odd.deadlines(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31), calendar);
        LocalDate previous = null;
        for (CyclePhase phase : CyclePhase.values()) {
            if (previous != null) {
                assertThat(d.get(phase)).as(phase.name()).isAfterOrEqualTo(previous);
            }
            previous = d.get(phase);
        }
        assertThat(d.get(CyclePhase.MANAGER_ASSESSMENT)).isEqualTo(d.get(CyclePhase.SELF_ASSESSMENT));
    }

    @Test
    void negativeOffsetsAreRefused() {
        assertThatThrownBy(() -> new DeadlinePlan(10, 5, -1, 3, 3, 4, 5, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
