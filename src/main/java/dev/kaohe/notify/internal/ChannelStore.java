package dev.kaohe.notify.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kaohe.notify.ChannelKind;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Robot channels and the company e-mail switch. Updates check the version they were based on. */
@Component
public class ChannelStore {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    ChannelStore(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Channel> all() {
        return jdbc.query("select * from notify_channel order by name", ChannelStore::channel);
    }

    public Optional<Channel> find(long id) {
        return jdbc.query("select * from notify_channel where id = :id", Map.of("id", id), ChannelStore::channel).stream().findFirst();
    }

    public Optional<Channel> findForUpdate(long id) {
        return jdbc.query("select * from notify_channel where id = :id for update", Map.of("id", id), ChannelStore::channel).stream().findFirst();
    }

    public boolean nameTaken(String name, Long exceptId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from notify_channel where lower(name) = lower(:name) and id <> :except)",
                new MapSqlParameterSource("name", name).addValue("except", exceptId == null ? -1L : exceptId), Boolean.class));
    }

    public long insert(Channel c) {
        return jdbc.queryForObject("""
                insert into notify_channel (name, kind, webhook_url, secret, notice_kinds, language, enabled, created_at)
                values (:name, :kind, :url, :secret, :kinds, :language, :enabled, :now) returning id""",
                params(c).addValue("now", Timestamp.from(clock.instant())), Long.class);
    }

    /** Returns false when the channel changed since {@code c.version()}. */
    public boolean update(Channel c) {
        return jdbc.update("""
                update notify_channel set name = :name, kind = :kind, webhook_url = :url, secret = :secret,
                       notice_kinds = :kinds, language = :language, enabled = :enabled, version = version + 1
                where id = :id and version = :version""", params(c).addValue("id", c.id()).addValue("version", c.version())) == 1;
    }

    public boolean delete(long id, long version) {
        return jdbc.update("delete from notify_channel where id = :id and version = :version", Map.of("id", id, "version", version)) == 1;
    }

    public Switches switches() {
        return jdbc.queryForObject("select email_enabled, version from notify_switch where id = 1", Map.of(),
                (rs, i) -> new Switches(rs.getBoolean("email_enabled"), rs.getLong("version")));
    }

    public boolean updateSwitches(boolean emailEnabled, long version) {
        return jdbc.update("update notify_switch set email_enabled = :email, version = version + 1 where id = 1 and version = :version",
                Map.of("email", emailEnabled, "version", version)) == 1;
    }

    private static MapSqlParameterSource params(Channel c) {
        return new MapSqlParameterSource().addValue("name", c.name()).addValue("kind", c.kind().name())
                .addValue("url", c.webhookUrl()).addValue("secret", c.secret()).addValue("kinds", String.join(",", c.noticeKinds()))
                .addValue("language", c.language()).addValue("enabled", c.enabled());
    }

    private static Channel channel(ResultSet rs, int i) throws SQLException {
        String kinds = rs.getString("notice_kinds");
        return new Channel(rs.getLong("id"), rs.getString("name"), ChannelKind.valueOf(rs.getString("kind")),
                rs.getString("webhook_url"), rs.getString("secret"),
                kinds.isBlank() ? List.of() : Arrays.asList(kinds.split(",")), rs.getString("language"),
                rs.getBoolean("enabled"), rs.getLong("version"));
    }

    public record Channel(long id, String name, ChannelKind kind, String webhookUrl, String secret, List<String> noticeKinds,
                          String language, boolean enabled, long version) {

        /** Whether a notice of this kind goes to the channel: the kind itself, its family ({@code cycle.*}) or {@code *}. */
        public boolean receives(String kind) {
            for (String pattern : noticeKinds) {
                if (pattern.equals("*") || pattern.equals(kind)
                        || (pattern.endsWith(".*") && kind.startsWith(pattern.substring(0, pattern.length() - 1)))) {
                    return true;
                }
            }
            return false;
        }
    }

    public record Switches(boolean emailEnabled, long version) {
    }
}
