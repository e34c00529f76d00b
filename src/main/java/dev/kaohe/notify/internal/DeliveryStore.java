package dev.kaohe.notify.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.kaohe.notify.DeliveryView;
import dev.kaohe.notify.NotifySettings;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The outgoing messages table. Nodes claim due messages with {@code FOR UPDATE SKIP LOCKED}, so in a cluster each
 * try is made by exactly one node; a message claimed by a node that stopped is claimed again after
 * {@code stuck-after}.
 */
@Component
public class DeliveryStore {

    public static final String EMAIL = "EMAIL";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final NotifySettings settings;

    DeliveryStore(NamedParameterJdbcTemplate jdbc, Clock clock, NotifySettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /** A message to send; returns its id. */
    public long plan(Long noticeId, String channel, Long channelId, String target, String subject, String body) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.queryForObject("""
                insert into notify_delivery (notice_id, channel, channel_id, target, subject, body, status, max_attempts,
                                             next_attempt_at, created_at)
                values (:notice, :channel, :channelId, :target, :subject, :body, 'PENDING', :max, :now, :now)
                returning id""", new MapSqlParameterSource().addValue("notice", noticeId).addValue("channel", channel)
                .addValue("channelId", channelId).addValue("target", truncate(target, 300)).addValue("subject", truncate(subject, 300))
                .addValue("body", body).addValue("max", settings.delivery().maxAttempts()).addValue("now", now), Long.class);
    }

    /**
     * Claims up to {@code limit} messages that are due, counting the try. E-mails are left to nodes that can send
     * them.
     */
    public List<Claimed> claimDue(int limit, boolean canEmail) {
        Instant now = clock.instant();
        return jdbc.query("""
                update notify_delivery d set status = 'SENDING', attempts = d.attempts + 1, claimed_at = :now
                where d.id in (select id from notify_delivery
                               where ((status in ('PENDING', 'RETRY') and next_attempt_at <= :now)
                                      or (status = 'SENDING' and claimed_at < :stuck))
                                 and (:canEmail or channel <> 'EMAIL')
                               order by next_attempt_at, id
                               limit :limit
                               for update skip locked)
                returning d.id, d.channel, d.channel_id, d.target, d.subject, d.body, d.attempts, d.max_attempts""",
                new MapSqlParameterSource().addValue("now", Timestamp.from(now))
                        .addValue("stuck", Timestamp.from(now.minus(settings.delivery().stuckAfter())))
                        .addValue("canEmail", canEmail).addValue("limit", limit),
                (rs, i) -> new Claimed(rs.getLong("id"), rs.getString("channel"), (Long) rs.getObject("channel_id"),
                        rs.getString("target"), rs.getString("subject"), rs.getString("body"), rs.getInt("attempts"),
                        rs.getInt("max_attempts")));
    }

    public void sent(long id) {
        jdbc.update("update notify_delivery set status = 'SENT', sent_at = :now, last_error = null, claimed_at = null where id = :id",
                Map.of("id", id, "now", Timestamp.from(clock.instant())));
    }

    /** Schedules the next try after the configured back-off, or gives up after the last one. */
    public void failed(Claimed claimed, String error) {
        boolean last = claimed.attempts() >= claimed.maxAttempts();
        Instant next = clock.instant().plus(settings.delivery().backoffAfter(claimed.attempts()));
        jdbc.update("""
                update notify_delivery set status = :status, last_error = :error, next_attempt_at = :next, claimed_at = null
                where id = :id""", new MapSqlParameterSource().addValue("id", claimed.id())
                .addValue("status", last ? "FAILED" : "RETRY").addValue("error", truncate(error, 1000))
                .addValue("next", Timestamp.from(next)));
    }

    /** Records a message that was sent (or refused) at once, such as a channel test. */
    public long logImmediate(String channel, Long channelId, String target, String body, String error) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.queryForObject("""
                insert into notify_delivery (channel, channel_id, target, body, status, attempts, max_attempts,
                                             next_attempt_at, created_at, sent_at, last_error)
                values (:channel, :channelId, :target, :body, :status, 1, 1, :now, :now, :sent, :error)
                returning id""", new MapSqlParameterSource().addValue("channel", channel).addValue("channelId", channelId)
                .addValue("target", truncate(target, 300)).addValue("body", body)
                .addValue("status", error == null ? "SENT" : "FAILED").addValue("now", now)
                .addValue("sent", error == null ? now : null).addValue("error", truncate(error, 1000)), Long.class);
    }

    public Page<DeliveryView> search(String status, String channel, Long noticeId, Pageable pageable) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (status != null) {
            where.append(" and d.status = :status");
            params.put("status", status);
        }
        if (channel != null) {
            where.append(" and d.channel = :channel");
            params.put("channel", channel);
        }
        if (noticeId != null) {
            where.append(" and d.notice_id = :notice");
            params.put("notice", noticeId);
        }
        long total = jdbc.queryForObject("select count(*) from notify_delivery d" + where, params, Long.class);
        params.put("limit", pageable.getPageSize());
        params.put("offset", pageable.getOffset());
        List<DeliveryView> content = jdbc.query("""
                select d.*, n.kind from notify_delivery d left join notice n on n.id = d.notice_id""" + where
                + " order by d.created_at desc, d.id desc limit :limit offset :offset", params, DeliveryStore::view);
        return new PageImpl<>(content, pageable, total);
    }

    public List<DeliveryView> forNotice(long noticeId) {
        return jdbc.query("select d.*, n.kind from notify_delivery d left join notice n on n.id = d.notice_id where d.notice_id = :id order by d.id",
                Map.of("id", noticeId), DeliveryStore::view);
    }

    private static DeliveryView view(ResultSet rs, int i) throws SQLException {
        return new DeliveryView(rs.getLong("id"), (Long) rs.getObject("notice_id"), rs.getString("kind"), rs.getString("channel"),
                rs.getString("target"), rs.getString("body"), rs.getString("status"), rs.getInt("attempts"),
                rs.getInt("max_attempts"), rs.getString("last_error"), instant(rs, "created_at"),
                instant(rs, "next_attempt_at"), instant(rs, "sent_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public record Claimed(long id, String channel, Long channelId, String target, String subject, String body,
                          int attempts, int maxAttempts) {
    }
}
