package dev.kaohe.intake.aggregation;

import java.util.List;
import java.util.UUID;

import dev.kaohe.intake.ActualView;

/**
 * How an aggregated actual was made: its subject, definition, run, explanation (in the reader's language and in
 * English), the record batches behind it, and one page of the contributing records.
 */
public record AggregationLineage(ActualView actual, String grouping, String subject, AggregationDefinition definition,
                                 AggregationRunView run, String explanation, String explanationEnglish, int recordCount,
                                 List<UUID> batches, List<ContributingRecord> records, long totalRecords, int page,
                                 int size, int totalPages) {
}
