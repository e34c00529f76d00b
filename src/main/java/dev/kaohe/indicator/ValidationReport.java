package dev.kaohe.indicator;

import java.util.List;

import dev.kaohe.platform.FieldProblem;

/** What keeps a definition from being valid ({@code problems}) and what it merely warns about (range breaches under WARN). */
public record ValidationReport(boolean valid, List<FieldProblem> problems, List<FieldProblem> warnings) {
}
