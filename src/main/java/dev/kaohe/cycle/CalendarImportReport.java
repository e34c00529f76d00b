package dev.kaohe.cycle;

import java.util.List;

/**
 * The dry run (or result) of importing a year's calendar file: the rows it read, how many holidays and make-up
 * workdays they give, and every bad row named by row number and column. Nothing is stored while
 * {@code problems} is not empty.
 */
public record CalendarImportReport(int year, int rows, int holidays, int workdays, List<RowProblem> problems,
                                   boolean committed) {

    public boolean ok() {
        return problems.isEmpty();
    }

    public record RowProblem(int row, String column, String value, String message) {
    }
}
