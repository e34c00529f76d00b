package dev.kaohe.intake;

import java.util.List;
import java.util.UUID;

/**
 * What a records import did: {@code COMMITTED} with the rows written and the rows left out (VALID_ROWS),
 * {@code DUPLICATE} when the same content was committed before as {@code duplicateOf} (nothing changed), or
 * {@code RUNNING} while background job {@code jobId} continues. {@code skippedProblems} lists the problems of the
 * rows left out (at most a configured number; the batch's problem download has all).
 */
public record RecordResult(UUID batchId, RecordType type, BatchStatus status, CommitMode mode, int rows, int skipped,
                           UUID duplicateOf, UUID jobId, List<IntakeProblem> skippedProblems) {
}
