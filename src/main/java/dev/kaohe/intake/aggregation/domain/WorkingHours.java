package dev.kaohe.intake.aggregation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Predicate;

/**
 * Time between two instants counted only inside working hours ({@code dayStart}–{@code dayEnd} in {@code zone})
 * of working days ({@code workday}: weekends, holidays and make-up workdays come from the calendar).
 */
public record WorkingHours(LocalTime dayStart, LocalTime dayEnd, ZoneId zone, Predicate<LocalDate> workday) {

    public WorkingHours {
        if (!dayEnd.isAfter(dayStart)) {
            throw new IllegalArgumentException("the working day must end after it starts");
        }
    }

    /** Saturday and Sunday off. */
    public static Predicate<LocalDate> weekdays() {
        return day -> day.getDayOfWeek().getValue() <= 5;
    }

    /** Hours (4 decimals) from {@code start} to {@code end} in working time; null when end is before start. */
    public BigDecimal between(Instant start, Instant end) {
        if (end.isBefore(start)) {
            return null;
        }
        long seconds = 0;
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        for (LocalDate day = from.toLocalDate(); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
            if (!workday.test(day)) {
                continue;
            }
            ZonedDateTime open = day.atTime(dayStart).atZone(zone);
            ZonedDateTime close = day.atTime(dayEnd).atZone(zone);
            ZonedDateTime a = from.isAfter(open) ? from : open;
            ZonedDateTime b = to.isBefore(close) ? to : close;
            if (b.isAfter(a)) {
                seconds += Duration.between(a, b).getSeconds();
            }
        }
        return hours(seconds);
    }

    /** Every hour from start to end; null when end is before start. */
    public static BigDecimal calendarHours(Instant start, Instant end) {
        return end.isBefore(start) ? null : hours(Duration.between(start, end).getSeconds());
    }

    /** Calendar days (4 decimals) from start to end; null when end is before start. */
    public static BigDecimal calendarDays(Instant start, Instant end) {
        return end.isBefore(start) ? null
                : BigDecimal.valueOf(Duration.between(start, end).getSeconds()).divide(BigDecimal.valueOf(86_400), 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal hours(long seconds) {
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 4, RoundingMode.HALF_UP);
    }
}
