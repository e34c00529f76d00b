package dev.kaohe.platform.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executor;

import dev.kaohe.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs long work off the request thread, as the person who started it, and keeps its progress in the
 * database. Progress is written in transactions of its own, so it shows while the work's own transaction is
 * still open; cancelling sets a flag the work checks between units.
 */
@Service
public class BackgroundJobs {

    private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Executor executor;
    private final Clock clock;
    private final JobSettings settings;

    BackgroundJobs(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                   @Qualifier("backgroundJobExecutor") Executor executor, Clock clock, JobSettings settings) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.executor = executor;
        this.clock = clock;
        this.settings = settings;
    }

    /** What a job does; returns where to go when it is done (or null). */
    @FunctionalInterface
    public interface Work {
        String run(JobProgress progress) throws Exception;
    }

    /** Starts {@code work} in the background as the current user; returns the job id to poll. */
    public UUID start(String kind, Work work) {
        SecurityContext context = SecurityContextHolder.getContext();
        String owner = ownerName(context.getAuthentication());
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        ownTransaction.executeWithoutResult(status -> jdbc.update("""
                insert into background_job (id, kind, owner, status, created_at, updated_at)
                values (?, ?, ?, 'RUNNING', ?, ?)""", id, kind, owner, Timestamp.from(now), Timestamp.from(now)));
        executor.execute(() -> runAs(context, id, work));
        return id;
    }

    /** The job, if the caller started it (admins see every job); otherwise 404. */
    public JobView get(UUID id) {
        JobView job = jdbc.query("select * from background_job where id = ?", this::row, id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("job", id));
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        boolean admin = caller != null && caller.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
        if (!admin && !job.owner().equals(ownerName(caller))) {
            throw new NotFoundException("job", id);
        }
        return job;
    }

    public JobView cancel(UUID id) {
        get(id);
        ownTransaction.executeWithoutResult(status -> jdbc.update(
                "update background_job set cancel_requested = true, updated_at = ? where id = ? and status = 'RUNNING'",
                Timestamp.from(clock.instant()), id));
        return get(id);
    }

    /** Jobs of a node that stopped while they ran would look alive forever: close them on start. */
    @EventListener(ApplicationReadyEvent.class)
    void closeAbandonedJobs() {
        Instant cutoff = clock.instant().minus(settings.abandonedAfter());
        int closed = jdbc.update("""
                update background_job set status = 'FAILED', message = 'interrupted: the server stopped', finished_at = ?
                where status = 'RUNNING' and updated_at < ?""", Timestamp.from(clock.instant()), Timestamp.from(cutoff));
        if (closed > 0) {
            log.warn("Closed {} background job(s) abandoned by a stopped server", closed);
        }
    }

    private void runAs(SecurityContext context, UUID id, Work work) {
        SecurityContextHolder.setContext(context);
        Progress progress = new Progress(id);
        try {
            String link = work.run(progress);
            finish(id, "DONE", progress.lastMessage, link);
        } catch (JobProgress.JobCancelledException e) {
            finish(id, "CANCELLED", null, null);
        } catch (Exception e) {
            log.warn("Background job {} failed", id, e);
            finish(id, "FAILED", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), null);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void finish(UUID id, String status, String message, String link) {
        Instant now = clock.instant();
        ownTransaction.executeWithoutResult(tx -> jdbc.update("""
                update background_job set status = ?, message = coalesce(?, message), result_link = ?,
                       finished_at = ?, updated_at = ?, done = case when ? = 'DONE' then coalesce(total, done) else done end
                where id = ?""", status, message, link, Timestamp.from(now), Timestamp.from(now), status, id));
    }

    private static String ownerName(Authentication authentication) {
        return authentication == null ? "system" : authentication.getName();
    }

    private JobView row(ResultSet rs, int rowNum) throws SQLException {
        long total = rs.getLong("total");
        return new JobView(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("owner"),
                JobView.JobStatus.valueOf(rs.getString("status")), rs.getLong("done"), rs.wasNull() ? null : total,
                rs.getString("message"), rs.getString("result_link"), rs.getBoolean("cancel_requested"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")),
                instant(rs.getTimestamp("finished_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private final class Progress implements JobProgress {
        private final UUID id;
        private Instant lastWrite = Instant.EPOCH;
        private boolean cancelled;
        private String lastMessage;

        Progress(UUID id) {
            this.id = id;
        }

        @Override
        public void update(long done, Long total, String message) {
            lastMessage = message;
            Instant now = clock.instant();
            boolean last = total != null && done >= total;
            if (!last && Duration.between(lastWrite, now).compareTo(settings.progressInterval()) < 0) {
                return;
            }
            lastWrite = now;
            Boolean cancel = ownTransaction.execute(tx -> {
                jdbc.update("update background_job set done = ?, total = ?, message = ?, updated_at = ? where id = ?",
                        done, total, message, Timestamp.from(now), id);
                return jdbc.queryForObject("select cancel_requested from background_job where id = ?", Boolean.class, id);
            });
            cancelled = Boolean.TRUE.equals(cancel);
        }

        @Override
        public boolean cancelRequested() {
            if (!cancelled) {
                cancelled = Boolean.TRUE.equals(ownTransaction.execute(tx -> jdbc.queryForObject(
                        "select cancel_requested from background_job where id = ?", Boolean.class, id)));
            }
            return cancelled;
        }
    }
}
