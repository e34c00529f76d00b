package dev.kaohe.intake;

import java.time.YearMonth;
import java.util.UUID;

/** Published when a batch of business records is committed (or removed): the months it touched need recomputing. */
public record RecordsCommitted(UUID batchId, RecordType type, YearMonth firstMonth, YearMonth lastMonth) {
}
