package dev.kaohe.identity;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who holds a role, as employees: the people to tell when work of a role (HR's calibration, an admin's escalation)
 * is due. Only enabled accounts linked to an active employee count; notices go to employees.
 */
@Component
public class RoleHolders {

    private final NamedParameterJdbcTemplate jdbc;

    RoleHolders(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The employees whose enabled account holds any of {@code roles}, by employee id. */
    public List<Long> employeeIds(Collection<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList("""
                select distinct u.employee_id from app_user u
                join app_user_role r on r.user_id = u.id
                join employee e on e.id = u.employee_id
                where u.enabled and e.status = 'ACTIVE' and r.role in (:roles)
                order by u.employee_id""",
                new MapSqlParameterSource("roles", roles.stream().map(Role::name).toList()), Long.class);
    }
}
