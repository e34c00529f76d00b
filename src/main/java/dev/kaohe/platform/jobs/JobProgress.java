package dev.kaohe.platform.jobs;

/** What a running job reports, and how it learns that its owner cancelled it. */
public interface JobProgress {

    /** For work that runs in the request: reports nowhere and is never cancelled. */
    JobProgress NONE = new JobProgress() {
        @Override
        public void update(long done, Long total, String message) {
        }

        @Override
        public boolean cancelRequested() {
            return false;
        }
    };

    /** Reports progress; cheap to call often (writes are throttled). */
    void update(long done, Long total, String message);

    boolean cancelRequested();

    /** Throws {@link JobCancelledException} once the owner asked to cancel; call it between units of work. */
    default void checkCancelled() {
        if (cancelRequested()) {
            throw new JobCancelledException();
        }
    }

    final class JobCancelledException extends RuntimeException {
        public JobCancelledException() {
            super("cancelled");
        }
    }
}
