package dev.kaohe.org.internal;

import dev.kaohe.identity.ReportingLines;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reporting-tree questions answered with recursive SQL, so they cost one query whatever the depth. */
@Component
class JdbcReportingLines implements ReportingLines {

    private final JdbcTemplate jdbc;

    JdbcReportingLines(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean hasReports(long employeeId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists(select 1 from employee where manager_id = ? and status = 'ACTIVE')", Boolean.class, employeeId));
    }

    @Override
    public boolean isBelow(long managerEmployeeId, long employeeId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                with recursive chain(id, manager_id, depth) as (
                    select id, manager_id, 0 from employee where id = ?
                    union all
                    select e.id, e.manager_id, c.depth + 1 from employee e join chain c on e.id = c.manager_id
                    where c.depth < 100
                )
                select exists(select 1 from chain where manager_id = ?)""", Boolean.class, employeeId, managerEmployeeId));
    }
}
