package dev.kaohe.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One year of the working-day calendar: its public holidays and make-up workdays, where they came from, and the
 * number of working days. {@code imported} is false for a year nobody imported (only weekends are off).
 */
public record CalendarYearView(int year, boolean imported, String source, String importedBy, Instant importedAt,
                               int workingDays, List<Day> days) {

    public record Day(LocalDate day, String kind, String name, String dayOfWeek) {
    }
}
