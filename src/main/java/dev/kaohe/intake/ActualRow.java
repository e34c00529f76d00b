package dev.kaohe.intake;

/** One row to import, as text the way it was written: {@code value} may be "1,234.5" or "12.5万". */
public record ActualRow(String employeeNo, String indicator, String period, String value, String sourceSystem, String note) {
}
