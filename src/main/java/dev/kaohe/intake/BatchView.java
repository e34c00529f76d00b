package dev.kaohe.intake;

import java.time.Instant;
import java.util.UUID;

/** A batch: where its rows came from, who imported them and what became of them ({@code skipped}: rows a VALID_ROWS commit left out). */
public record BatchView(UUID id, String channel, String sourceSystem, String fileName, String contentHash,
                        String importerName, Instant createdAt, Instant finishedAt, BatchStatus status, int rowCount,
                        int created, int replaced, int unchanged, UUID duplicateOf, String message, CommitMode mode,
                        int skipped) {
}
