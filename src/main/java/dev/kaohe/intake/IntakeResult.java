package dev.kaohe.intake;

import java.util.List;
import java.util.UUID;

/**
 * What a commit did. {@code DUPLICATE}: the same content was committed before as {@code duplicateOf}, and
 * nothing changed. {@code RUNNING}: a large commit continues as background job {@code jobId}. With mode
 * VALID_ROWS, {@code skipped} rows with problems were left out and {@code leftOut} lists their problems.
 */
public record IntakeResult(UUID batchId, BatchStatus status, int rows, int created, int replaced, int unchanged,
                           UUID duplicateOf, UUID jobId, CommitMode mode, int skipped, List<IntakeProblem> leftOut) {
}
