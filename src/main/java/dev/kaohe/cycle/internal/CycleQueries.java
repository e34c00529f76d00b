package dev.kaohe.cycle.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.kaohe.cycle.CycleFilter;
import dev.kaohe.cycle.ParticipantView;
import dev.kaohe.cycle.Population;
import dev.kaohe.identity.Visibility;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Cycle reads in SQL: the population of a set of criteria (one query whatever the unit and region trees), the
 * participants a caller may see (recursive reporting subtree), and the cycles they take part in. The organisation
 * is read with plain SQL on its tables, like intake does, so computing a population of thousands is one statement.
 */
@Component
public class CycleQueries {

    private static final String BELOW = """
            (with recursive below(id) as (
                select id from employee where manager_id = :subtree
                union
                select x.id from employee x join below b on x.manager_id = b.id)
             select id from below)""";

    private static final String PARTICIPANT_COLUMNS = """
            select p.id, p.cycle_id, p.employee_id, e.employee_no, e.name as employee_name, e.org_unit_id,
                   u.name as org_unit_name, jp.name as position_name, p.manager_employee_id, p.scheme_code,
                   p.scheme_version, p.reviewer_employee_id, r.name as reviewer_name, p.version
              from cycle_participant p
              join employee e on e.id = p.employee_id
              join org_unit u on u.id = e.org_unit_id
              join job_position jp on jp.id = e.position_id
              left join employee r on r.id = p.reviewer_employee_id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    CycleQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A member of a population: who and their manager on the reporting line. */
    public record Member(long employeeId, Long managerId) {
    }

    public List<Member> population(Population population, LocalDate periodStart) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = "select e.id, e.manager_id from employee e where " + populationWhere(population, periodStart, params)
                + " order by e.employee_no";
        return jdbc.query(sql, params, (rs, i) -> new Member(rs.getLong(1), (Long) rs.getObject(2)));
    }

    public long populationCount(Population population, LocalDate periodStart) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Long count = jdbc.queryForObject("select count(*) from employee e where " + populationWhere(population, periodStart, params),
                params, Long.class);
        return count == null ? 0 : count;
    }

    /** Adds every member of the population as a participant bound to the scheme version, reviewed by their manager. */
    public int insertParticipants(long cycleId, Population population, LocalDate periodStart, String schemeCode, int schemeVersion,
                                  java.time.Instant now) {
        MapSqlParameterSource params = new MapSqlParameterSource("cycle", cycleId).addValue("scheme", schemeCode)
                .addValue("schemeVersion", schemeVersion).addValue("now", java.sql.Timestamp.from(now));
        String sql = """
                insert into cycle_participant (cycle_id, employee_id, manager_employee_id, reviewer_employee_id, scheme_code,
                                               scheme_version, created_at)
                select :cycle, e.id, e.manager_id, e.manager_id, :scheme, :schemeVersion, :now from employee e"""
                + " where "
                + populationWhere(population, periodStart, params);
        return jdbc.update(sql, params);
    }

    public long participantCount(long cycleId) {
        Long count = jdbc.queryForObject("select count(*) from cycle_participant where cycle_id = :cycle",
                new MapSqlParameterSource("cycle", cycleId), Long.class);
        return count == null ? 0 : count;
    }

    private static String populationWhere(Population population, LocalDate periodStart, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        conditions.add("e.status = 'ACTIVE'");
        if (!population.orgUnitIds().isEmpty()) {
            params.addValue("units", population.orgUnitIds().toArray(Long[]::new));
            conditions.add(population.includeSubunits() ? """
                    e.org_unit_id in (with recursive units(id) as (
                        select o.id from org_unit o where o.id = any(:units)
                        union select o.id from org_unit o join units s on o.parent_id = s.id)
                      select id from units)""" : "e.org_unit_id = any(:units)");
        }
        if (!population.positionIds().isEmpty()) {
            params.addValue("positions", population.positionIds().toArray(Long[]::new));
            conditions.add("e.position_id = any(:positions)");
        }
        if (!population.regionIds().isEmpty()) {
            params.addValue("regions", population.regionIds().toArray(Long[]::new));
            conditions.add("""
                    e.region_id in (with recursive regions(id) as (
                        select g.id from region g where g.id = any(:regions)
                        union select g.id from region g join regions s on g.parent_id = s.id)
                      select id from regions)""");
        }
        if (population.hiredBefore() != null) {
            params.addValue("hiredBefore", population.hiredBefore());
            conditions.add("e.hire_date < :hiredBefore");
        }
        if (population.minTenureMonths() != null && population.minTenureMonths() > 0) {
            params.addValue("tenureSince", periodStart.minusMonths(population.minTenureMonths()));
            conditions.add("e.hire_date <= :tenureSince");
        }
        if (population.probationOnly()) {
            conditions.add("e.probation");
        }
        return String.join(" and ", conditions);
    }

    // --- participants

    /** The participants condition of a caller: everyone, or self, those they review, and their reporting subtree. */
    private static String reach(Visibility visibility, MapSqlParameterSource params) {
        if (visibility.everyone()) {
            return "true";
        }
        if (visibility.selfEmployeeId() == null) {
            return "false";
        }
        params.addValue("self", visibility.selfEmployeeId());
        String own = "(p.employee_id = :self or p.reviewer_employee_id = :self";
        if (visibility.subtreeOf() != null) {
            params.addValue("subtree", visibility.subtreeOf());
            own += " or p.employee_id in " + BELOW;
        }
        return own + ")";
    }

    public Page<ParticipantView> participants(long cycleId, String q, Visibility visibility, Pageable pageable) {
        MapSqlParameterSource params = new MapSqlParameterSource("cycle", cycleId);
        String where = " where p.cycle_id = :cycle and " + reach(visibility, params);
        if (q != null && !q.isBlank()) {
            params.addValue("q", "%" + q.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            where += " and (lower(e.name) like :q or lower(e.employee_no) like :q or lower(u.name) like :q or lower(coalesce(r.name, '')) like :q)";
        }
        Long total = jdbc.queryForObject("select count(*) from cycle_participant p join employee e on e.id = p.employee_id"
                + " join org_unit u on u.id = e.org_unit_id left join employee r on r.id = p.reviewer_employee_id" + where, params, Long.class);
        params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        List<ParticipantView> rows = jdbc.query(PARTICIPANT_COLUMNS + where + " order by e.employee_no limit :limit offset :offset",
                params, CycleQueries::participant);
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    public List<ParticipantView> allParticipants(long cycleId) {
        return jdbc.query(PARTICIPANT_COLUMNS + " where p.cycle_id = :cycle order by e.employee_no",
                new MapSqlParameterSource("cycle", cycleId), CycleQueries::participant);
    }

    /** Every participant of the cycle within the caller's reach (see {@link #participants}), by employee number. */
    public List<ParticipantView> participantsInReach(long cycleId, Visibility visibility) {
        MapSqlParameterSource params = new MapSqlParameterSource("cycle", cycleId);
        return jdbc.query(PARTICIPANT_COLUMNS + " where p.cycle_id = :cycle and " + reach(visibility, params) + " order by e.employee_no",
                params, CycleQueries::participant);
    }

    public Optional<ParticipantView> participant(long cycleId, long employeeId) {
        return jdbc.query(PARTICIPANT_COLUMNS + " where p.cycle_id = :cycle and p.employee_id = :employee",
                new MapSqlParameterSource("cycle", cycleId).addValue("employee", employeeId), CycleQueries::participant).stream().findFirst();
    }

    public Optional<ParticipantView> participantById(long participantId) {
        return jdbc.query(PARTICIPANT_COLUMNS + " where p.id = :id", new MapSqlParameterSource("id", participantId),
                CycleQueries::participant).stream().findFirst();
    }

    public List<ParticipantView> reviewedBy(long reviewerEmployeeId, long cycleId) {
        return jdbc.query(PARTICIPANT_COLUMNS + " where p.cycle_id = :cycle and p.reviewer_employee_id = :reviewer order by e.employee_no",
                new MapSqlParameterSource("cycle", cycleId).addValue("reviewer", reviewerEmployeeId), CycleQueries::participant);
    }

    public boolean canSeeParticipant(long cycleId, long employeeId, Visibility visibility) {
        MapSqlParameterSource params = new MapSqlParameterSource("cycle", cycleId).addValue("employee", employeeId);
        String sql = "select exists(select 1 from cycle_participant p where p.cycle_id = :cycle and p.employee_id = :employee and "
                + reach(visibility, params) + ")";
        return Boolean.TRUE.equals(jdbc.queryForObject(sql, params, Boolean.class));
    }

    // --- cycles

    public boolean canSeeCycle(long cycleId, Visibility visibility) {
        if (visibility.everyone()) {
            return true;
        }
        MapSqlParameterSource params = new MapSqlParameterSource("cycle", cycleId);
        String sql = "select exists(select 1 from cycle_participant p where p.cycle_id = :cycle and " + reach(visibility, params) + ")";
        return Boolean.TRUE.equals(jdbc.queryForObject(sql, params, Boolean.class));
    }

    /** Ids of one page of the cycles the caller may see, newest period first. */
    public Page<Long> cycleIds(CycleFilter filter, Visibility visibility, Pageable pageable) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<String> conditions = new ArrayList<>();
        if (filter.type() != null) {
            conditions.add("c.cycle_type = :type");
            params.addValue("type", filter.type().name());
        }
        if (filter.status() != null) {
            conditions.add("c.status = :status");
            params.addValue("status", filter.status().name());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            conditions.add("(lower(c.name) like :q or lower(c.period_label) like :q)");
            params.addValue("q", "%" + filter.q().strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (!visibility.everyone()) {
            conditions.add("exists(select 1 from cycle_participant p where p.cycle_id = c.id and " + reach(visibility, params) + ")");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        Long total = jdbc.queryForObject("select count(*) from cycle c" + where, params, Long.class);
        params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        List<Long> ids = jdbc.queryForList("select c.id from cycle c" + where
                + " order by c.period_start desc, c.id desc limit :limit offset :offset", params, Long.class);
        return new PageImpl<>(ids, pageable, total == null ? 0 : total);
    }

    public List<Long> openCycleIds() {
        return jdbc.queryForList("select id from cycle where status <> 'CLOSED' order by id", new MapSqlParameterSource(), Long.class);
    }

    /** Cycles waiting to open whose preparation opens on or before {@code today}. */
    public List<Long> scheduledCycleIdsOpeningBy(LocalDate today) {
        return jdbc.queryForList("""
                select c.id from cycle c join cycle_phase p on p.cycle_id = c.id and p.phase = 'PREPARATION'
                where c.status = 'SCHEDULED' and p.opens <= :today order by c.id""",
                new MapSqlParameterSource("today", today), Long.class);
    }

    /** An employee's name, whatever their status (for notices about them). */
    public Optional<String> employeeName(long employeeId) {
        return jdbc.query("select name from employee where id = :id", new MapSqlParameterSource("id", employeeId),
                (rs, i) -> rs.getString(1)).stream().findFirst();
    }

    /** Inserts a sent-notice mark; false when it was there already (the notice went out before). */
    public boolean markSent(long cycleId, String phase, String kind, Long participantId, long recipient, java.time.Instant at) {
        int rows = jdbc.update("""
                insert into cycle_notice (cycle_id, phase, kind, participant_id, recipient_employee_id, sent_at)
                values (:cycle, :phase, :kind, :participant, :recipient, :at) on conflict do nothing""",
                new MapSqlParameterSource("cycle", cycleId).addValue("phase", phase).addValue("kind", kind)
                        .addValue("participant", participantId, java.sql.Types.BIGINT).addValue("recipient", recipient)
                        .addValue("at", java.sql.Timestamp.from(at)));
        return rows == 1;
    }

    public Optional<Long> managerOf(long employeeId) {
        return jdbc.query("select manager_id from employee where id = :id", new MapSqlParameterSource("id", employeeId),
                (rs, i) -> (Long) rs.getObject(1)).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    public Optional<String> activeEmployeeName(long employeeId) {
        return jdbc.query("select name from employee where id = :id and status = 'ACTIVE'", new MapSqlParameterSource("id", employeeId),
                (rs, i) -> rs.getString(1)).stream().findFirst();
    }

    private static ParticipantView participant(ResultSet rs, int i) throws SQLException {
        return new ParticipantView(rs.getLong("id"), rs.getLong("cycle_id"), rs.getLong("employee_id"), rs.getString("employee_no"),
                rs.getString("employee_name"), rs.getLong("org_unit_id"), rs.getString("org_unit_name"), rs.getString("position_name"),
                (Long) rs.getObject("manager_employee_id"), rs.getString("scheme_code"), rs.getInt("scheme_version"),
                (Long) rs.getObject("reviewer_employee_id"), rs.getString("reviewer_name"), rs.getLong("version"));
    }

}
