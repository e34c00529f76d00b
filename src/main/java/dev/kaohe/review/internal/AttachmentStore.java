package dev.kaohe.review.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Evidence files of assessment forms, stored in PostgreSQL. */
@Repository
public class AttachmentStore {

    private final JdbcTemplate jdbc;

    AttachmentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long add(long formId, String itemCode, String fileName, String contentType, byte[] content, String by, Instant now) {
        return jdbc.queryForObject("""
                insert into review_attachment (form_id, item_code, file_name, content_type, size_bytes, content, uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class,
                formId, itemCode, fileName, contentType, (long) content.length, content, by, Timestamp.from(now));
    }

    public List<Meta> ofForm(long formId) {
        return jdbc.query("""
                select id, form_id, item_code, file_name, content_type, size_bytes, uploaded_by, uploaded_at
                from review_attachment where form_id = ? order by id""",
                (rs, n) -> new Meta(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6),
                        rs.getString(7), rs.getTimestamp(8).toInstant()), formId);
    }

    public int count(long formId) {
        return jdbc.queryForObject("select count(*) from review_attachment where form_id = ?", Integer.class, formId);
    }

    public Optional<Meta> meta(long id) {
        return jdbc.query("""
                select id, form_id, item_code, file_name, content_type, size_bytes, uploaded_by, uploaded_at
                from review_attachment where id = ?""",
                (rs, n) -> new Meta(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6),
                        rs.getString(7), rs.getTimestamp(8).toInstant()), id).stream().findFirst();
    }

    public byte[] content(long id) {
        return jdbc.queryForObject("select content from review_attachment where id = ?", byte[].class, id);
    }

    public void delete(long id) {
        jdbc.update("delete from review_attachment where id = ?", id);
    }

    public record Meta(long id, long formId, String itemCode, String fileName, String contentType, long sizeBytes,
                       String uploadedBy, Instant uploadedAt) {
    }
}
