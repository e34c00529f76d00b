package dev.kaohe.intake.internal;

import java.math.BigDecimal;
import java.util.List;

import dev.kaohe.intake.IntakeProblem;

/** The outcome of checking a batch: its valid rows, ready to store, and every problem found. */
public record Checked(List<Line> lines, List<IntakeProblem> problems) {

    /** A checked row: who, which indicator, which period, what value, and where it came from (null: the batch's system). */
    public record Line(int rowNumber, long employeeId, String employeeNo, String indicatorCode, String period,
                       BigDecimal value, String note, String sourceSystem) {
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
