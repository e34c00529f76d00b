package dev.kaohe.org.importing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Uploaded files waiting for commit, in the database so every app node sees them. */
@Component
class ImportBatches {

    record Batch(UUID id, String fileName, byte[] content, String sha256, long uploadedBy, Instant uploadedAt,
                 boolean committed, Instant committedAt, Integer created, Integer changed, Integer unchanged) {
    }

    private final JdbcTemplate jdbc;

    ImportBatches(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, String fileName, byte[] content, String sha256, long uploadedBy, Instant at) {
        jdbc.update("insert into org_import_batch (id, file_name, content, sha256, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?)",
                id, fileName, content, sha256, uploadedBy, Timestamp.from(at));
    }

    /** The batch, if it exists and was uploaded by this account. */
    Optional<Batch> find(UUID id, long uploadedBy) {
        return jdbc.query("select * from org_import_batch where id = ? and uploaded_by = ?", rs -> {
            if (!rs.next()) {
                return Optional.empty();
            }
            Timestamp committedAt = rs.getTimestamp("committed_at");
            return Optional.of(new Batch(rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getBytes("content"),
                    rs.getString("sha256"), rs.getLong("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant(),
                    "COMMITTED".equals(rs.getString("status")), committedAt == null ? null : committedAt.toInstant(),
                    (Integer) rs.getObject("created_count"), (Integer) rs.getObject("changed_count"),
                    (Integer) rs.getObject("unchanged_count")));
        }, id, uploadedBy);
    }

    /**
     * Claims the batch for committing. Only one transaction can: a second one waits on the row lock and then
     * finds it already committed.
     */
    boolean markCommitted(UUID id, long uploadedBy, Instant at) {
        return jdbc.update("update org_import_batch set status = 'COMMITTED', committed_at = ? where id = ? and uploaded_by = ? and status = 'PREVIEWED'",
                Timestamp.from(at), id, uploadedBy) == 1;
    }

    void recordCounts(UUID id, int created, int changed, int unchanged) {
        jdbc.update("update org_import_batch set created_count = ?, changed_count = ?, unchanged_count = ? where id = ?",
                created, changed, unchanged, id);
    }

    int deletePreviewsBefore(Instant cutoff) {
        return jdbc.update("delete from org_import_batch where status = 'PREVIEWED' and uploaded_at < ?", Timestamp.from(cutoff));
    }
}
