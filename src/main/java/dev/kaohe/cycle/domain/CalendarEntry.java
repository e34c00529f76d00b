package dev.kaohe.cycle.domain;

import java.time.LocalDate;
import java.util.Objects;

/** One day of an imported public-holiday calendar, e.g. 2026-02-16 HOLIDAY 春节 or 2026-02-14 WORKDAY 春节调休. */
public record CalendarEntry(LocalDate day, DayKind kind, String name) {

    public CalendarEntry {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(kind, "kind");
    }
}
