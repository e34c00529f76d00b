package dev.kaohe.cycle.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Working days on the built-in 2025 and 2026 calendars: 春节, 国庆 and their make-up workdays (调休). */
class WorkingCalendarTest {

    static WorkingCalendar builtIn() {
        List<CalendarEntry> entries = new ArrayList<>();
        for (String year : List.of("2025", "2026")) {
            try (InputStream in = WorkingCalendarTest.class.getResourceAsStream("/calendar/" + year + ".csv")) {
                String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
                for (int i = 1; i < lines.length; i++) {
                    String[] cells = lines[i].split(",");
                    entries.add(new CalendarEntry(LocalDate.parse(cells[0]), DayKind.valueOf(cells[1]), cells[2]));
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return new WorkingCalendar(entries);
    }

    private final WorkingCalendar calendar = builtIn();

    @Test
    void springFestivalDaysAreOffAndTheSaturdayBeforeIsWorked() {
        assertThat(calendar.isWorkday(LocalDate.of(2026, 2, 16))).as("Mon in 春节").isFalse();
        assertThat(calendar.isWorkday(LocalDate.of(2026, 2, 23))).as("last day of 春节").isFalse();
        assertThat(calendar.isWorkday(LocalDate.of(2026, 2, 14))).as("Sat make-up workday").isTrue();
        assertThat(calendar.isWorkday(LocalDate.of(2026, 2, 28))).as("Sat make-up workday").isTrue();
        assertThat(calendar.isWorkday(LocalDate.of(2026, 2, 24))).as("back to work").isTrue();
        assertThat(calendar.isWorkday(LocalDate.of(2026, 3, 7))).as("an ordinary Saturday").isFalse();
    }

    @Test
    void fiveWorkingDaysAfterTheFridayBeforeSpringFestivalLandOnTheThursdayAfterIt() {
        // Fri 13 Feb 2026 + 1 = Sat 14 (调休), then the holiday to Mon 23, then Tue 24, Wed 25, Thu 26, Fri 27
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 5)).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 27), -5)).isEqualTo(LocalDate.of(2026, 2, 13));
    }

    @Test
    void countingWorkingDaysAcrossNationalDaySkipsTheHolidayAndCountsTheMakeUpSaturday() {
        // 2025: Sep 30 (Tue) → Oct 13 (Mon): Oct 1–8 off, 9, 10, 11 (Sat, 调休), 13
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 13))).isEqualTo(4);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 10, 13), LocalDate.of(2025, 9, 30))).isEqualTo(-4);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 9, 30))).isZero();
    }

    @Test
    void withoutACalendarOnlyWeekendsAreOff() {
        WorkingCalendar plain = WorkingCalendar.weekendsOnly();
        assertThat(plain.isWorkday(LocalDate.of(2026, 10, 1))).isTrue();
        assertThat(plain.addWorkingDays(LocalDate.of(2026, 10, 2), 1)).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(plain.addWorkingDays(LocalDate.of(2026, 10, 3), 0)).isEqualTo(LocalDate.of(2026, 10, 5));
    }

    @Test
    void eachBuiltInYearHasItsWeekdaysLessTheHolidaysPlusTheMakeUpDays() {
        // 2025: 365 − 104 weekend days − 18 holidays on weekdays + 5 make-up days
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31))).isEqualTo(248);
        // 2026: 365 − 104 − 19 + 6
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31))).isEqualTo(248);
    }
}
