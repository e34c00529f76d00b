package dev.kaohe.org.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import dev.kaohe.identity.AccessPolicy;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Visibility;
import dev.kaohe.org.CareerTrack;
import dev.kaohe.org.EmployeeStatus;
import dev.kaohe.org.internal.EmployeeQueries;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employee list as a workbook in the import template's columns, limited to the employees the caller may
 * see. Rows are streamed from the database (a cursor) into a streaming workbook, so size is not a problem.
 */
@Component
class EmployeeExporter {

    /** Same filters as the employee list: free text on name or number, a unit (with its sub-units), a status. */
    record Filter(String q, String unit, EmployeeStatus status) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final AccessPolicy access;

    EmployeeExporter(DataSource dataSource, AccessPolicy access) {
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(1000);
        this.jdbc = new NamedParameterJdbcTemplate(streaming);
        this.access = access;
    }

    /** Opens the output only once access is settled, so a refusal can still answer with an error page. */
    interface Target {
        OutputStream open() throws IOException;
    }

    @Transactional(readOnly = true)
    public void export(Filter filter, Target target) throws IOException {
        CurrentUser user = CurrentUser.get();
        access.requireStructureReader(user);
        Visibility visibility = access.visibility(user);
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<String> ctes = new ArrayList<>();
        List<String> where = new ArrayList<>();
        EmployeeQueries.addReach(visibility, params, where);
        EmployeeQueries.addSearch(filter.q(), params, where);
        if (filter.unit() != null && !filter.unit().isBlank()) {
            ctes.add("""
                    units(id) as (
                        select id from org_unit where id::text = :unit or code = :unit
                        union
                        select u.id from org_unit u join units s on u.parent_id = s.id)""");
            where.add("e.org_unit_id in (select id from units)");
            params.addValue("unit", filter.unit().strip());
        }
        if (filter.status() != null) {
            where.add("e.status = :status");
            params.addValue("status", filter.status().name());
        }
        String sql = (ctes.isEmpty() ? "" : "with recursive " + String.join(",\n", ctes) + "\n") + """
                select e.employee_no, e.name, u.code as unit, p.code as position, m.employee_no as manager, r.code as region,
                       e.hire_date, e.probation, e.career_track, e.status, e.leave_date, e.email, e.phone
                from employee e
                join org_unit u on u.id = e.org_unit_id
                join job_position p on p.id = e.position_id
                left join employee m on m.id = e.manager_id
                left join region r on r.id = e.region_id
                """ + (where.isEmpty() ? "" : "where " + String.join(" and ", where) + "\n") + "order by e.employee_no";
        try (Workbooks.EmployeeExport workbook = new Workbooks.EmployeeExport()) {
            jdbc.query(sql, params, rs -> {
                String track = rs.getString("career_track");
                Date leave = rs.getDate("leave_date");
                workbook.add(new EmployeeValues(rs.getString("employee_no"), rs.getString("name"), rs.getString("unit"),
                        rs.getString("position"), rs.getString("manager"), rs.getString("region"),
                        rs.getDate("hire_date").toLocalDate(), rs.getBoolean("probation"),
                        track == null ? null : CareerTrack.valueOf(track), EmployeeStatus.valueOf(rs.getString("status")),
                        leave == null ? null : leave.toLocalDate(), rs.getString("email"), rs.getString("phone")));
            });
            workbook.writeTo(target.open());
        }
    }
}
