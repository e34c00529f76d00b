package dev.kaohe.platform.jobs;

import java.time.Instant;
import java.util.UUID;

/**
 * A background job as its owner sees it.
 *
 * @param total      how many units of work there are, null while unknown
 * @param resultLink where to go when the job is done (a page of the module that started it), may be null
 */
public record JobView(UUID id, String kind, String owner, JobStatus status, long done, Long total, String message,
                      String resultLink, boolean cancelRequested, Instant createdAt, Instant updatedAt,
                      Instant finishedAt) {

    /** Progress in whole percent, null while the total is unknown. */
    public Integer percent() {
        if (total == null || total <= 0) {
            return status == JobStatus.DONE ? 100 : null;
        }
        return (int) Math.min(100, done * 100 / total);
    }

    public boolean finished() {
        return status != JobStatus.RUNNING;
    }

    public enum JobStatus { RUNNING, DONE, FAILED, CANCELLED }
}
