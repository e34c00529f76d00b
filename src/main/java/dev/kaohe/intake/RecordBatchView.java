package dev.kaohe.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A batch of business records. {@code rows}: valid rows (written, or committed); {@code problems}: problems the
 * dry run found; {@code rowsWithProblems}: rows left out by a VALID_ROWS commit (or that would be); {@code
 * checked}: the dry run has finished.
 */
public record RecordBatchView(UUID id, RecordType type, String channel, String sourceSystem, String fileName,
                              String importerName, Instant createdAt, Instant checkedAt, Instant finishedAt,
                              BatchStatus status, CommitMode mode, int rows, int problems, int rowsWithProblems,
                              LocalDate firstDay, LocalDate lastDay, UUID duplicateOf, String message) {

    public boolean checked() {
        return checkedAt != null;
    }

    /** Checked, not committed: the person may commit it. */
    public boolean committable() {
        return status == BatchStatus.PREVIEWED && checkedAt != null;
    }
}
