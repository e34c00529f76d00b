package dev.kaohe.cycle.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;

import dev.kaohe.cycle.CycleType;

/**
 * The period a cycle assesses and its label: {@code 2026-07} (monthly), {@code 2026 Q3}, {@code 2026 H2},
 * {@code 2026} (annual). Regular cycles cover exactly a calendar month, quarter, half or year; project and
 * probation cycles any span, labelled by their dates.
 */
public final class CyclePeriod {

    private CyclePeriod() {
    }

    /** Whether the dates fit the type (a regular cycle must cover its whole calendar period). */
    public static boolean fits(CycleType type, LocalDate start, LocalDate end) {
        if (start == null || end == null || end.isBefore(start)) {
            return false;
        }
        return switch (type) {
            case MONTHLY -> start.getDayOfMonth() == 1 && end.equals(YearMonth.from(start).atEndOfMonth());
            case QUARTERLY -> start.getDayOfMonth() == 1 && (start.getMonthValue() - 1) % 3 == 0
                    && end.equals(YearMonth.from(start).plusMonths(2).atEndOfMonth());
            case HALF_YEAR -> start.getDayOfMonth() == 1 && (start.getMonthValue() == 1 || start.getMonthValue() == 7)
                    && end.equals(YearMonth.from(start).plusMonths(5).atEndOfMonth());
            case ANNUAL -> start.getDayOfYear() == 1 && end.equals(LocalDate.of(start.getYear(), 12, 31));
            case PROJECT, PROBATION -> true;
        };
    }

    /** The label of a period that {@link #fits}. */
    public static String label(CycleType type, LocalDate start, LocalDate end) {
        return switch (type) {
            case MONTHLY -> YearMonth.from(start).toString();
            case QUARTERLY -> start.getYear() + " Q" + start.get(IsoFields.QUARTER_OF_YEAR);
            case HALF_YEAR -> start.getYear() + (start.getMonthValue() == 1 ? " H1" : " H2");
            case ANNUAL -> String.valueOf(start.getYear());
            case PROJECT, PROBATION -> start + " – " + end;
        };
    }

    /** Whether the month lies inside the quarter: a monthly cycle posts into the quarterly cycle of its quarter (R12). */
    public static boolean monthInQuarter(LocalDate monthStart, LocalDate quarterStart, LocalDate quarterEnd) {
        return !monthStart.isBefore(quarterStart) && !monthStart.isAfter(quarterEnd);
    }
}
