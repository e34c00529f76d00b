package dev.kaohe.intake.internal.records;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import dev.kaohe.intake.RecordBatchView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL of corrections: supersession by record type and reference, withdrawal of a committed batch, and the
 * content key (rows hash) of a batch. Must run in the caller's transaction.
 *
 * <p>Which row of a business key is current is always derived the same way: among the rows of COMMITTED batches
 * with that type and reference, the row of the batch committed last is current and every other row is superseded
 * by the batch committed right after its own. Re-deriving it for the keys of one batch after that batch commits or
 * is withdrawn gives supersession, and its undoing, in one statement.
 */
@Component
public class RecordCorrections {

    /** The days of the rows whose supersession changed (null when none did), and how many rows this batch superseded. */
    public record Changed(LocalDate firstDay, LocalDate lastDay, int supersededByBatch) {

        /** This range widened to include the given days (either may be null). */
        public Changed with(LocalDate first, LocalDate last) {
            LocalDate from = firstDay == null || (first != null && first.isBefore(firstDay)) ? first : firstDay;
            LocalDate to = lastDay == null || (last != null && last.isAfter(lastDay)) ? last : lastDay;
            return new Changed(from, to, supersededByBatch);
        }
    }

    private static final String RERANK = """
            with keys as (
                select distinct record_type, reference from business_record where batch_id = ? and reference is not null),
            ranked as (
                select r.id, lead(r.batch_id) over (partition by r.record_type, r.reference order by b.finished_at, b.id) as next
                  from business_record r
                  join keys k on k.record_type = r.record_type and k.reference = r.reference
                  join intake_batch b on b.id = r.batch_id and b.status = 'COMMITTED'),
            changed as (
                update business_record r set superseded_by = ranked.next
                  from ranked where r.id = ranked.id and r.superseded_by is distinct from ranked.next
                returning r.occurred_on, r.batch_id)
            select min(occurred_on), max(occurred_on), count(*) from changed where batch_id <> ?""";

    private final JdbcTemplate jdbc;

    RecordCorrections(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * After the batch committed (it is COMMITTED in this transaction): its rows supersede the current rows of
     * earlier batches with the same type and reference. Returns the days of the rows it superseded.
     */
    public Changed supersede(UUID batchId) {
        Changed changed = rerank(batchId);
        jdbc.update("update intake_batch set superseded_count = ? where id = ?", changed.supersededByBatch(), batchId);
        return changed;
    }

    /**
     * Withdraws a COMMITTED batch: it becomes WITHDRAWN, its rows stop counting and the rows it superseded become
     * current again unless another committed batch supersedes them. False when the batch was not COMMITTED.
     */
    public Optional<Changed> withdraw(UUID batchId, String by, String reason, Instant at) {
        int moved = jdbc.update("""
                update intake_batch set status = 'WITHDRAWN', withdrawn_at = ?, withdrawn_by = ?, withdraw_reason = ?
                 where id = ? and status = 'COMMITTED' and record_type is not null""",
                Timestamp.from(at), by, reason, batchId);
        if (moved == 0) {
            return Optional.empty();
        }
        return Optional.of(rerank(batchId));
    }

    private Changed rerank(UUID batchId) {
        return jdbc.queryForObject(RERANK, (rs, n) -> new Changed(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                rs.getInt(3)), batchId, batchId);
    }

    public void rowsHash(UUID batchId, String rowsHash) {
        jdbc.update("update intake_batch set rows_hash = ? where id = ?", rowsHash, batchId);
    }

    public String rowsHashOf(UUID batchId) {
        return jdbc.queryForObject("select rows_hash from intake_batch where id = ?", String.class, batchId);
    }

    /** A committed batch, other than {@code other}, with the same rows. */
    public Optional<UUID> committedWithRows(String rowsHash, UUID other) {
        if (rowsHash == null) {
            return Optional.empty();
        }
        return jdbc.queryForList("""
                select id from intake_batch where rows_hash = ? and status = 'COMMITTED' and id <> ? order by finished_at limit 1""",
                UUID.class, rowsHash, other).stream().findFirst();
    }

    public void period(UUID batchId, String period) {
        jdbc.update("update intake_batch set period = ? where id = ?", period, batchId);
    }

    public String periodOf(UUID batchId) {
        return jdbc.queryForObject("select period from intake_batch where id = ?", String.class, batchId);
    }

    /** How the batch was withdrawn: when, by whom and why; empty while it is not withdrawn. */
    public record Withdrawal(Instant at, String by, String reason) {
    }

    public Optional<Withdrawal> withdrawal(UUID batchId) {
        return jdbc.query("select withdrawn_at, withdrawn_by, withdraw_reason from intake_batch where id = ? and withdrawn_at is not null",
                (rs, n) -> new Withdrawal(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3)), batchId).stream().findFirst();
    }

    public int supersededCount(UUID batchId) {
        Integer n = jdbc.queryForObject("select superseded_count from intake_batch where id = ?", Integer.class, batchId);
        return n == null ? 0 : n;
    }

    static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    /** The batch's own days widened by the changed ones. */
    public static Changed around(RecordBatchView batch, Changed changed) {
        return changed.with(batch.firstDay(), batch.lastDay());
    }
}
