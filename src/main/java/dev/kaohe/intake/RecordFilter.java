package dev.kaohe.intake;

import java.time.LocalDate;
import java.util.UUID;

/** Filters of the records list; null means any. The record type is required: each type has its own columns. */
public record RecordFilter(RecordType type, String employeeNo, LocalDate from, LocalDate to, UUID batchId, String reference) {
}
