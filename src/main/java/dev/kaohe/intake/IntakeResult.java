package dev.kaohe.intake;

import java.util.UUID;

/**
 * What a commit did. {@code DUPLICATE}: the same content was committed before as {@code duplicateOf}, and
 * nothing changed. {@code RUNNING}: a large commit continues as background job {@code jobId}.
 */
public record IntakeResult(UUID batchId, BatchStatus status, int rows, int created, int replaced, int unchanged,
                           UUID duplicateOf, UUID jobId) {
}
