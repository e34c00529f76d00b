package dev.kaohe.notify.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Notice rows. Every read and change names the recipient, so a notice is only ever reached by its own person. */
@Component
public class NoticeStore {

    private final NamedParameterJdbcTemplate jdbc;

    NoticeStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the notice unless one with the same dedup key went to the same person; empty when it did. */
    public Optional<Long> insert(long recipient, String kind, String messageKey, String argsJson, String link, String dedupKey,
                                 Instant now) {
        return jdbc.query("""
                insert into notice (recipient_employee_id, kind, message_key, args, link, dedup_key, created_at)
                values (:recipient, :kind, :key, :args, :link, :dedup, :now)
                on conflict (recipient_employee_id, dedup_key) where dedup_key is not null do nothing
                returning id""", new MapSqlParameterSource().addValue("recipient", recipient).addValue("kind", kind)
                .addValue("key", messageKey).addValue("args", argsJson).addValue("link", link).addValue("dedup", dedupKey)
                .addValue("now", Timestamp.from(now)), (rs, i) -> rs.getLong(1)).stream().findFirst();
    }

    public Page<Row> page(long recipient, boolean unreadOnly, Pageable pageable) {
        String where = " where recipient_employee_id = :recipient" + (unreadOnly ? " and read_at is null" : "");
        Map<String, Object> params = Map.of("recipient", recipient, "limit", pageable.getPageSize(), "offset", pageable.getOffset());
        long total = jdbc.queryForObject("select count(*) from notice" + where, params, Long.class);
        List<Row> rows = jdbc.query("select * from notice" + where + " order by created_at desc, id desc limit :limit offset :offset",
                params, NoticeStore::row);
        return new PageImpl<>(rows, pageable, total);
    }

    public long unread(long recipient) {
        return jdbc.queryForObject("select count(*) from notice where recipient_employee_id = :recipient and read_at is null",
                Map.of("recipient", recipient), Long.class);
    }

    public Optional<Row> find(long id, long recipient) {
        return jdbc.query("select * from notice where id = :id and recipient_employee_id = :recipient",
                Map.of("id", id, "recipient", recipient), NoticeStore::row).stream().findFirst();
    }

    public Optional<Row> markRead(long id, long recipient, Instant now) {
        return jdbc.query("""
                update notice set read_at = coalesce(read_at, :now) where id = :id and recipient_employee_id = :recipient
                returning *""", Map.of("id", id, "recipient", recipient, "now", Timestamp.from(now)), NoticeStore::row)
                .stream().findFirst();
    }

    public int markAllRead(long recipient, Instant now) {
        return jdbc.update("update notice set read_at = :now where recipient_employee_id = :recipient and read_at is null",
                Map.of("recipient", recipient, "now", Timestamp.from(now)));
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new Row(rs.getLong("id"), rs.getLong("recipient_employee_id"), rs.getString("kind"), rs.getString("message_key"),
                rs.getString("args"), rs.getString("link"), rs.getString("dedup_key"), rs.getTimestamp("created_at").toInstant(),
                read == null ? null : read.toInstant());
    }

    public record Row(long id, long recipient, String kind, String messageKey, String args, String link, String dedupKey,
                      Instant createdAt, Instant readAt) {
    }
}
