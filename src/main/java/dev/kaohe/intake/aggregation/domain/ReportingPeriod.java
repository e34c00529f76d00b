package dev.kaohe.intake.aggregation.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A month or a quarter, written the way indicator actuals name periods: 2025-07 or 2025Q3. */
public record ReportingPeriod(PeriodKind kind, YearMonth first) {

    public ReportingPeriod {
        if (kind == PeriodKind.QUARTER && (first.getMonthValue() - 1) % 3 != 0) {
            throw new IllegalArgumentException("a quarter starts in January, April, July or October: " + first);
        }
    }

    public static ReportingPeriod of(PeriodKind kind, YearMonth month) {
        if (kind == PeriodKind.MONTH) {
            return new ReportingPeriod(kind, month);
        }
        int start = (month.getMonthValue() - 1) / 3 * 3 + 1;
        return new ReportingPeriod(kind, YearMonth.of(month.getYear(), start));
    }

    public static ReportingPeriod parse(String text) {
        if (text.length() == 6 && text.charAt(4) == 'Q') {
            int q = text.charAt(5) - '0';
            return new ReportingPeriod(PeriodKind.QUARTER, YearMonth.of(Integer.parseInt(text.substring(0, 4)), (q - 1) * 3 + 1));
        }
        return new ReportingPeriod(PeriodKind.MONTH, YearMonth.parse(text));
    }

    /** The periods of {@code kind} that contain the months from {@code from} to {@code to}, in order. */
    public static List<ReportingPeriod> covering(PeriodKind kind, YearMonth from, YearMonth to) {
        Set<ReportingPeriod> periods = new LinkedHashSet<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            periods.add(of(kind, m));
        }
        return new ArrayList<>(periods);
    }

    public YearMonth last() {
        return kind == PeriodKind.MONTH ? first : first.plusMonths(2);
    }

    public LocalDate startDay() {
        return first.atDay(1);
    }

    public LocalDate endDay() {
        return last().atEndOfMonth();
    }

    public ReportingPeriod previous() {
        return new ReportingPeriod(kind, first.minusMonths(kind == PeriodKind.MONTH ? 1 : 3));
    }

    public ReportingPeriod next() {
        return new ReportingPeriod(kind, first.plusMonths(kind == PeriodKind.MONTH ? 1 : 3));
    }

    @Override
    public String toString() {
        return kind == PeriodKind.MONTH ? first.toString() : first.getYear() + "Q" + ((first.getMonthValue() - 1) / 3 + 1);
    }
}
