package dev.kaohe.intake;

/** One problem of a dry run: the row a person sees in Excel (or the position in an API array), column, value, reason. */
public record IntakeProblem(int row, String column, String value, String reason) {
}
