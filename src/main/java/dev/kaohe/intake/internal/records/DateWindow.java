package dev.kaohe.intake.internal.records;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The days a record (or a direct actual's period) may count for: not after {@code latest} (today plus the future
 * tolerance), not before {@code earliest} (the first day of the month the age limit reaches back to), and, when the
 * person chose a period at upload, within it.
 *
 * @param period      the chosen period as written (2025-07, 2025Q3), null for none
 * @param periodStart first day of the chosen period, null for none
 * @param periodEnd   last day of the chosen period, null for none
 */
public record DateWindow(LocalDate earliest, LocalDate latest, String period, LocalDate periodStart, LocalDate periodEnd) {

    /** Today's window: {@code futureDays} ahead at most, {@code maxAgeMonths} back at most, optionally within a period. */
    public static DateWindow of(LocalDate today, int futureDays, int maxAgeMonths, String period) {
        LocalDate start = null;
        LocalDate end = null;
        if (period != null) {
            LocalDate[] days = days(period);
            start = days[0];
            end = days[1];
        }
        return new DateWindow(YearMonth.from(today).minusMonths(maxAgeMonths).atDay(1), today.plusDays(futureDays), period, start, end);
    }

    /** The first and last day of a month (2025-07) or quarter (2025Q3). */
    public static LocalDate[] days(String period) {
        if (period.contains("Q")) {
            int year = Integer.parseInt(period.substring(0, 4));
            int quarter = Integer.parseInt(period.substring(5));
            YearMonth first = YearMonth.of(year, quarter * 3 - 2);
            return new LocalDate[] {first.atDay(1), first.plusMonths(2).atEndOfMonth()};
        }
        YearMonth month = YearMonth.parse(period);
        return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
    }

    /** The problem of a row dated {@code day}, or null when the day is inside the window. */
    public RowChecker.Problem check(int row, String field, String value, LocalDate day) {
        String text = value.length() > 200 ? value.substring(0, 199) + "…" : value;
        if (periodStart != null && (day.isBefore(periodStart) || day.isAfter(periodEnd))) {
            return new RowChecker.Problem(row, field, text, "outsidePeriod", period);
        }
        if (day.isAfter(latest)) {
            return new RowChecker.Problem(row, field, text, "inFuture", latest.toString());
        }
        if (day.isBefore(earliest)) {
            return new RowChecker.Problem(row, field, text, "tooOld", earliest.toString());
        }
        return null;
    }

    /** The reason key of a direct actual's period (month or quarter), or null when it is inside the window. */
    public String reasonForPeriod(String actualPeriod) {
        LocalDate[] days = days(actualPeriod);
        if (periodStart != null && (days[0].isBefore(periodStart) || days[1].isAfter(periodEnd))) {
            return "outsidePeriod";
        }
        if (days[0].isAfter(latest)) {
            return "inFuture";
        }
        if (days[1].isBefore(earliest)) {
            return "tooOld";
        }
        return null;
    }
}
