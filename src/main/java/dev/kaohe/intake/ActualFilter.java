package dev.kaohe.intake;

/** Filters of the actuals list; blank means any. {@code history} also lists replaced versions. */
public record ActualFilter(String employeeNo, String indicator, String period, boolean history) {
}
