package dev.kaohe.cycle.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Working days: Monday to Friday, except the public holidays of the calendar, plus the weekend days the
 * calendar names as make-up workdays (调休). Days without an entry follow the week.
 */
public final class WorkingCalendar {

    /** Guard against runaway loops: no deadline lies further than this many calendar days away. */
    private static final int MAX_SPAN_DAYS = 3660;

    private final Map<LocalDate, CalendarEntry> entries;

    public WorkingCalendar(Collection<CalendarEntry> entries) {
        Map<LocalDate, CalendarEntry> map = new HashMap<>();
        for (CalendarEntry entry : entries) {
            map.put(entry.day(), entry);
        }
        this.entries = Map.copyOf(map);
    }

    public static WorkingCalendar weekendsOnly() {
        return new WorkingCalendar(java.util.List.of());
    }

    public boolean isWorkday(LocalDate day) {
        CalendarEntry entry = entries.get(day);
        if (entry != null) {
            return entry.kind() == DayKind.WORKDAY;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    public Optional<CalendarEntry> entry(LocalDate day) {
        return Optional.ofNullable(entries.get(day));
    }

    /**
     * The day {@code n} working days after {@code from} ({@code n > 0}) or before it ({@code n < 0}), not counting
     * {@code from} itself; {@code n == 0} gives {@code from} when it is a working day, else the next working day.
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        if (n == 0) {
            return nextWorkdayOnOrAfter(from);
        }
        int step = n > 0 ? 1 : -1;
        int remaining = Math.abs(n);
        LocalDate day = from;
        for (int i = 0; remaining > 0; i++) {
            if (i > MAX_SPAN_DAYS) {
                throw new IllegalStateException("no " + n + " working days within ten years of " + from);
            }
            day = day.plusDays(step);
            if (isWorkday(day)) {
                remaining--;
            }
        }
        return day;
    }

    public LocalDate nextWorkdayOnOrAfter(LocalDate day) {
        LocalDate d = day;
        for (int i = 0; !isWorkday(d); i++) {
            if (i > MAX_SPAN_DAYS) {
                throw new IllegalStateException("no working day within ten years of " + day);
            }
            d = d.plusDays(1);
        }
        return d;
    }

    public LocalDate previousWorkdayOnOrBefore(LocalDate day) {
        LocalDate d = day;
        for (int i = 0; !isWorkday(d); i++) {
            if (i > MAX_SPAN_DAYS) {
                throw new IllegalStateException("no working day within ten years of " + day);
            }
            d = d.minusDays(1);
        }
        return d;
    }

    /**
     * Working days after {@code from} up to and including {@code to}: 0 for the same day, negative when {@code to}
     * lies before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        if (java.time.temporal.ChronoUnit.DAYS.between(from, to) > MAX_SPAN_DAYS) {
            throw new IllegalArgumentException("span longer than ten years: " + from + " – " + to);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkday(d)) {
                count++;
            }
        }
        return count;
    }
}
