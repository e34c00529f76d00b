package dev.kaohe.goal.domain;

import java.time.LocalDate;

/** A calendar quarter. */
public record Quarter(int year, int quarter) {

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
    }
}
