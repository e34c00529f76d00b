package dev.kaohe.intake.aggregation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One business record behind an aggregated actual, with the batch, file and row it was imported from. */
public record ContributingRecord(long id, UUID batchId, String fileName, String sourceSystem, int rowNumber, String employeeNo,
                                 LocalDate occurredOn, String reference, String customer, String category, BigDecimal amount,
                                 BigDecimal amountDue, Integer score, Instant startedAt, Instant endedAt,
                                 UUID supersededBy) {
}
