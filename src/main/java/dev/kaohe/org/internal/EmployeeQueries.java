package dev.kaohe.org.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kaohe.identity.Visibility;
import dev.kaohe.org.CareerTrack;
import dev.kaohe.org.EmployeeFilter;
import dev.kaohe.org.EmployeeRef;
import dev.kaohe.org.EmployeeStatus;
import dev.kaohe.org.EmployeeView;
import dev.kaohe.org.PositionFamily;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Employee reads in SQL: names resolved by joins, visibility and the reporting tree filtered by recursive
 * queries, so a list costs two queries whatever the size of the organisation.
 */
@Component
public class EmployeeQueries {

    /** Sort keys the list accepts, and their columns. */
    public static final Map<String, String> SORTABLE = Map.of(
            "employeeNo", "e.employee_no", "name", "e.name", "hireDate", "e.hire_date", "leaveDate", "e.leave_date",
            "orgUnit", "u.name", "position", "p.name", "region", "r.name", "manager", "m.name", "status", "e.status");

    private static final String SELECT = """
            select e.id, e.employee_no, e.name, e.org_unit_id, u.name as unit_name, e.position_id, p.name as position_name,
                   p.family, e.manager_id, m.employee_no as manager_no, m.name as manager_name, e.region_id,
                   r.name as region_name, e.hire_date, e.probation, e.career_track, e.status, e.leave_date, e.email,
                   e.phone, e.version
            from employee e
            join org_unit u on u.id = e.org_unit_id
            join job_position p on p.id = e.position_id
            left join employee m on m.id = e.manager_id
            left join region r on r.id = e.region_id
            """;

    private static final String SUBTREE = """
            (with recursive below(id) as (
                select id from employee where manager_id = %s
                union
                select x.id from employee x join below b on x.manager_id = b.id)
             select id from below)""";

    private static final RowMapper<EmployeeView> VIEW = EmployeeQueries::view;

    private final NamedParameterJdbcTemplate jdbc;

    EmployeeQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<EmployeeView> find(long id) {
        return jdbc.query(SELECT + " where e.id = :id", Map.of("id", id), VIEW).stream().findFirst();
    }

    public Page<EmployeeView> search(EmployeeFilter filter, Visibility visibility, Pageable pageable) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, visibility, params);
        long total = jdbc.queryForObject("select count(*) from employee e" + where, params, Long.class);
        if (total == 0) {
            return Page.empty(pageable);
        }
        params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        List<EmployeeView> content = jdbc.query(
                SELECT + where + orderBy(pageable.getSort()) + " limit :limit offset :offset", params, VIEW);
        return new PageImpl<>(content, pageable, total);
    }

    /** Limits employees {@code e} to those {@code visibility} reaches (nothing added when it reaches everyone). */
    public static void addReach(Visibility visibility, MapSqlParameterSource params, List<String> conditions) {
        if (visibility.everyone()) {
            return;
        }
        List<String> reach = new ArrayList<>();
        if (visibility.selfEmployeeId() != null) {
            reach.add("e.id = :self");
            params.addValue("self", visibility.selfEmployeeId());
        }
        if (visibility.subtreeOf() != null) {
            reach.add("e.id in " + SUBTREE.formatted(":reachRoot"));
            params.addValue("reachRoot", visibility.subtreeOf());
        }
        conditions.add(reach.isEmpty() ? "false" : "(" + String.join(" or ", reach) + ")");
    }

    /** Employees {@code e} whose name or number contains {@code q} (ignoring case); nothing added for a blank q. */
    public static void addSearch(String q, MapSqlParameterSource params, List<String> conditions) {
        if (q == null || q.isBlank()) {
            return;
        }
        conditions.add("(e.name ilike :q escape '\\' or e.employee_no ilike :q escape '\\')");
        params.addValue("q", "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }

    private static String where(EmployeeFilter filter, Visibility visibility, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        addReach(visibility, params, conditions);
        addSearch(filter.q(), params, conditions);
        if (filter.orgUnitId() != null) {
            conditions.add("""
                    e.org_unit_id in (with recursive units(id) as (
                        select cast(:unit as bigint) union select o.id from org_unit o join units s on o.parent_id = s.id)
                      select id from units)""");
            params.addValue("unit", filter.orgUnitId());
        }
        if (filter.positionId() != null) {
            conditions.add("e.position_id = :position");
            params.addValue("position", filter.positionId());
        }
        if (filter.regionId() != null) {
            conditions.add("""
                    e.region_id in (with recursive regions(id) as (
                        select cast(:region as bigint) union select g.id from region g join regions s on g.parent_id = s.id)
                      select id from regions)""");
            params.addValue("region", filter.regionId());
        }
        if (filter.status() != null) {
            conditions.add("e.status = :status");
            params.addValue("status", filter.status().name());
        }
        if (filter.managerId() != null) {
            conditions.add(filter.indirect() ? "e.id in " + SUBTREE.formatted(":manager") : "e.manager_id = :manager");
            params.addValue("manager", filter.managerId());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static String orderBy(Sort sort) {
        List<String> parts = new ArrayList<>();
        for (Sort.Order order : sort) {
            parts.add(SORTABLE.get(order.getProperty()) + (order.isAscending() ? " asc" : " desc"));
        }
        parts.add("e.employee_no asc");
        return " order by " + String.join(", ", parts);
    }

    /** The managers above an employee, nearest first, up to the top of the tree. */
    public List<EmployeeRef> chainAbove(long employeeId) {
        return jdbc.query("""
                with recursive chain(id, depth) as (
                    select manager_id, 1 from employee where id = :id and manager_id is not null
                    union all
                    select e.manager_id, c.depth + 1 from employee e join chain c on e.id = c.id
                    where e.manager_id is not null and c.depth < 1000)
                select e.id, e.employee_no, e.name, p.name as position_name, u.name as unit_name, e.status
                from chain c join employee e on e.id = c.id
                join job_position p on p.id = e.position_id join org_unit u on u.id = e.org_unit_id
                order by c.depth""", Map.of("id", employeeId), EmployeeQueries::ref);
    }

    public List<EmployeeRef> directReports(long employeeId) {
        return jdbc.query("""
                select e.id, e.employee_no, e.name, p.name as position_name, u.name as unit_name, e.status
                from employee e join job_position p on p.id = e.position_id join org_unit u on u.id = e.org_unit_id
                where e.manager_id = :id and e.status = 'ACTIVE' order by e.employee_no""",
                Map.of("id", employeeId), EmployeeQueries::ref);
    }

    public long activeSubtreeSize(long employeeId) {
        return jdbc.queryForObject("select count(*) from employee where status = 'ACTIVE' and id in "
                + SUBTREE.formatted(":id"), Map.of("id", employeeId), Long.class);
    }

    /** Whether {@code candidate} is {@code employeeId} itself or anywhere below it. */
    public boolean isSelfOrBelow(long employeeId, long candidate) {
        if (employeeId == candidate) {
            return true;
        }
        return Boolean.TRUE.equals(jdbc.queryForObject("select :candidate in " + SUBTREE.formatted(":id"),
                Map.of("id", employeeId, "candidate", candidate), Boolean.class));
    }

    public long activeDirectReportCount(long employeeId) {
        return jdbc.queryForObject("select count(*) from employee where manager_id = :id and status = 'ACTIVE'",
                Map.of("id", employeeId), Long.class);
    }

    /** Serialises reporting-line changes, so two concurrent edits cannot close a cycle between them. */
    public void lockReportingLines() {
        jdbc.getJdbcTemplate().queryForObject("select pg_advisory_xact_lock(?)", Object.class, 0x4f7267L);
    }

    private static EmployeeView view(ResultSet rs, int row) throws SQLException {
        return new EmployeeView(rs.getLong("id"), rs.getString("employee_no"), rs.getString("name"),
                rs.getLong("org_unit_id"), rs.getString("unit_name"),
                rs.getLong("position_id"), rs.getString("position_name"), PositionFamily.valueOf(rs.getString("family")),
                rs.getObject("manager_id", Long.class), rs.getString("manager_no"), rs.getString("manager_name"),
                rs.getObject("region_id", Long.class), rs.getString("region_name"),
                rs.getObject("hire_date", java.time.LocalDate.class), rs.getBoolean("probation"),
                rs.getString("career_track") == null ? null : CareerTrack.valueOf(rs.getString("career_track")),
                EmployeeStatus.valueOf(rs.getString("status")), rs.getObject("leave_date", java.time.LocalDate.class),
                rs.getString("email"), rs.getString("phone"), rs.getLong("version"));
    }

    private static EmployeeRef ref(ResultSet rs, int row) throws SQLException {
        return new EmployeeRef(rs.getLong("id"), rs.getString("employee_no"), rs.getString("name"),
                rs.getString("position_name"), rs.getString("unit_name"), EmployeeStatus.valueOf(rs.getString("status")));
    }
}
