package dev.kaohe.review.defence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Defence records in SQL; the library search filters by the caller's scope in the query. */
@Repository
class DefenceStore {

    private static final String SELECT = """
            select d.*, c.name as cycle_name, c.period_label, e.name as employee_name, u.name as org_unit_name
            from review_defence d
            join cycle c on c.id = d.cycle_id
            join employee e on e.id = d.employee_id
            join org_unit u on u.id = d.org_unit_id
            """;

    private static final String ANSWERS = "coalesce(d.missed_target, '') || ' ' || coalesce(d.channel_mix, '') || ' ' "
            + "|| coalesce(d.customer_tiering, '') || ' ' || coalesce(d.lessons, '') || ' ' || coalesce(d.manager_comment, '')";

    private final NamedParameterJdbcTemplate jdbc;

    DefenceStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Which records a reader reaches: all submitted ones ({@code everyone}), or the submitted ones of the subtree
     * below {@code subtreeOf}; and always their own, in any state.
     */
    record Scope(boolean everyone, Long selfEmployeeId, Long subtreeOf) {
    }

    Optional<DefenceView> byParticipant(long participantId) {
        return jdbc.query(SELECT + " where d.participant_id = :p", Map.of("p", participantId), DefenceStore::view)
                .stream().findFirst();
    }

    long insert(long cycleId, long participantId, long employeeId, long orgUnitId, DefenceForm form, DefenceStatus status,
                Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update("""
                insert into review_defence (cycle_id, participant_id, employee_id, org_unit_id, obstacle, missed_target,
                    channel_mix, customer_tiering, lessons, status, created_at, updated_at, submitted_at)
                values (:cycle, :participant, :employee, :unit, :obstacle, :missed, :channels, :tiering, :lessons, :status,
                    :now, :now, :submitted)""", answers(form, status, now)
                .addValue("cycle", cycleId).addValue("participant", participantId).addValue("employee", employeeId)
                .addValue("unit", orgUnitId), keys, new String[]{"id"});
        return keys.getKey().longValue();
    }

    int update(long id, long version, DefenceForm form, DefenceStatus status, Instant now) {
        return jdbc.update("""
                update review_defence set obstacle = :obstacle, missed_target = :missed, channel_mix = :channels,
                    customer_tiering = :tiering, lessons = :lessons, status = :status, updated_at = :now,
                    submitted_at = :submitted, version = version + 1
                where id = :id and version = :version and status = 'DRAFT'""",
                answers(form, status, now).addValue("id", id).addValue("version", version));
    }

    int comment(long id, long version, String comment, String by, Instant now) {
        return jdbc.update("""
                update review_defence set manager_comment = :comment, commented_by = :by, commented_at = :now,
                    updated_at = :now, version = version + 1 where id = :id and version = :version""",
                new MapSqlParameterSource().addValue("comment", comment).addValue("by", by)
                        .addValue("now", Timestamp.from(now)).addValue("id", id).addValue("version", version));
    }

    Page<DefenceView> search(DefenceFilter filter, Scope scope, Pageable pageable) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, scope, params);
        Long total = jdbc.queryForObject("select count(*) from review_defence d" + where, params, Long.class);
        params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        List<DefenceView> rows = jdbc.query(SELECT + where
                + " order by coalesce(d.submitted_at, d.updated_at) desc, d.id desc limit :limit offset :offset", params,
                DefenceStore::view);
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    private static String where(DefenceFilter filter, Scope scope, MapSqlParameterSource params) {
        List<String> parts = new ArrayList<>();
        params.addValue("self", scope.selfEmployeeId()).addValue("subtree", scope.subtreeOf());
        String reach;
        if (scope.everyone()) {
            reach = "d.status = 'SUBMITTED'";
        } else if (scope.subtreeOf() != null) {
            reach = """
                    d.status = 'SUBMITTED' and d.employee_id in (with recursive below(id) as (
                        select id from employee where manager_id = :subtree
                        union select x.id from employee x join below b on x.manager_id = b.id) select id from below)""";
        } else {
            reach = "false";
        }
        parts.add("((" + reach + ") or d.employee_id = cast(:self as bigint))");
        if (filter.q() != null && !filter.q().isBlank()) {
            String[] words = filter.q().strip().split("\\s+");
            for (int i = 0; i < words.length && i < 10; i++) {
                parts.add(ANSWERS + " ilike :w" + i + " escape '\\'");
                params.addValue("w" + i, "%" + words[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        if (filter.obstacle() != null) {
            parts.add("d.obstacle = :obstacle");
            params.addValue("obstacle", filter.obstacle().name());
        }
        if (filter.orgUnitId() != null) {
            parts.add("""
                    d.org_unit_id in (with recursive units(id) as (select cast(:unit as bigint)
                        union select o.id from org_unit o join units s on o.parent_id = s.id) select id from units)""");
            params.addValue("unit", filter.orgUnitId());
        }
        if (filter.cycleId() != null) {
            parts.add("d.cycle_id = :cycle");
            params.addValue("cycle", filter.cycleId());
        }
        return " where " + String.join(" and ", parts);
    }

    private static MapSqlParameterSource answers(DefenceForm form, DefenceStatus status, Instant now) {
        return new MapSqlParameterSource()
                .addValue("obstacle", form.obstacle() == null ? null : form.obstacle().name())
                .addValue("missed", form.missedTarget()).addValue("channels", form.channelMix())
                .addValue("tiering", form.customerTiering()).addValue("lessons", form.lessons())
                .addValue("status", status.name()).addValue("now", Timestamp.from(now))
                .addValue("submitted", status == DefenceStatus.SUBMITTED ? Timestamp.from(now) : null);
    }

    private static DefenceView view(ResultSet rs, int row) throws SQLException {
        String obstacle = rs.getString("obstacle");
        return new DefenceView(rs.getLong("id"), rs.getLong("cycle_id"), rs.getString("cycle_name"), rs.getString("period_label"),
                rs.getLong("participant_id"), rs.getLong("employee_id"), rs.getString("employee_name"), rs.getLong("org_unit_id"),
                rs.getString("org_unit_name"), obstacle == null ? null : Obstacle.valueOf(obstacle), rs.getString("missed_target"),
                rs.getString("channel_mix"), rs.getString("customer_tiering"), rs.getString("lessons"),
                rs.getString("manager_comment"), rs.getString("commented_by"), instant(rs, "commented_at"),
                DefenceStatus.valueOf(rs.getString("status")), instant(rs, "submitted_at"), instant(rs, "updated_at"),
                rs.getLong("version"), false, false);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
