package dev.kaohe.intake.aggregation;

import java.time.Instant;
import java.util.UUID;

/** One recompute: what started it, the months it covered, and what it changed. */
public record AggregationRunView(UUID id, String trigger, UUID batchId, String recordType, String firstMonth, String lastMonth,
                                 String startedBy, Instant startedAt, Instant finishedAt, String status, int definitions,
                                 int created, int replaced, int unchanged, int retired, int noValue, String message) {
}
