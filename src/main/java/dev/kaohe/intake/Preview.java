package dev.kaohe.intake;

import java.util.List;

/** The dry run of an uploaded batch: every problem, and whether the same content was committed before. */
public record Preview(BatchView batch, int rows, List<IntakeProblem> problems, BatchView alreadyImported) {

    public boolean valid() {
        return problems.isEmpty();
    }

    /** Rows with at least one problem (0 is the whole file). */
    public int rowsWithProblems() {
        return (int) problems.stream().mapToInt(IntakeProblem::row).distinct().count();
    }
}
