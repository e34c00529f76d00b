package dev.kaohe.intake.records;

import java.time.LocalDate;

import dev.kaohe.intake.internal.records.DateWindow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The default window: nothing after today, nothing before the first day of the month 24 months back. */
class DateWindowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

    private static String reason(DateWindow window, LocalDate day) {
        var problem = window.check(2, "date", day.toString(), day);
        return problem == null ? null : problem.reason() + ":" + problem.argument();
    }

    @Test
    void recordsMayNotLieInTheFutureNorBeforeTheMonthTheAgeLimitReachesBackTo() {
        DateWindow window = DateWindow.of(TODAY, 0, 24, null);
        assertThat(reason(window, TODAY)).isNull();
        assertThat(reason(window, TODAY.plusDays(1))).isEqualTo("inFuture:2026-12-08");
        assertThat(reason(window, LocalDate.of(2024, 12, 1))).isNull();
        assertThat(reason(window, LocalDate.of(2024, 11, 30))).isEqualTo("tooOld:2024-12-01");
        assertThat(reason(DateWindow.of(TODAY, 3, 24, null), TODAY.plusDays(3))).isNull();
    }

    @Test
    void aChosenMonthOrQuarterBoundsTheRows() {
        DateWindow quarter = DateWindow.of(TODAY, 0, 24, "2026Q3");
        assertThat(reason(quarter, LocalDate.of(2026, 7, 1))).isNull();
        assertThat(reason(quarter, LocalDate.of(2026, 9, 30))).isNull();
        assertThat(reason(quarter, LocalDate.of(2026, 10, 1))).isEqualTo("outsidePeriod:2026Q3");
        DateWindow month = DateWindow.of(TODAY, 0, 24, "2026-02");
        assertThat(reason(month, LocalDate.of(2026, 2, 28))).isNull();
        assertThat(reason(month, LocalDate.of(2026, 3, 1))).isEqualTo("outsidePeriod:2026-02");
    }

    @Test
    void aDirectActualsPeriodMustLieInsideTheWindow() {
        DateWindow window = DateWindow.of(TODAY, 0, 24, null);
        assertThat(window.reasonForPeriod("2026-12")).isNull();
        assertThat(window.reasonForPeriod("2026Q4")).isNull();
        assertThat(window.reasonForPeriod("2027-01")).isEqualTo("inFuture");
        assertThat(window.reasonForPeriod("2024-12")).isNull();
        assertThat(window.reasonForPeriod("2024-11")).isEqualTo("tooOld");
        assertThat(window.reasonForPeriod("2024Q4")).isNull();
    }
}
