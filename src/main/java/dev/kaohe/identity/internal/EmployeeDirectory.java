package dev.kaohe.identity.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The little accounts need to know about employees: who an employee number is, to link an account to a
 * person. Reads the employee table directly rather than depending on the org module, which depends on identity.
 */
@Component
public class EmployeeDirectory {

    private final NamedParameterJdbcTemplate jdbc;

    EmployeeDirectory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<EmployeeRef> findByNumber(String employeeNo) {
        return jdbc.query("select id, employee_no, name, status from employee where employee_no = :no",
                Map.of("no", employeeNo), (rs, i) -> new EmployeeRef(rs.getLong("id"), rs.getString("employee_no"),
                        rs.getString("name"), "ACTIVE".equals(rs.getString("status")))).stream().findFirst();
    }

    public Map<Long, EmployeeRef> findByIds(Collection<Long> ids) {
        Map<Long, EmployeeRef> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.query("select id, employee_no, name, status from employee where id in (:ids)",
                new MapSqlParameterSource("ids", ids), rs -> {
                    found.put(rs.getLong("id"), new EmployeeRef(rs.getLong("id"), rs.getString("employee_no"),
                            rs.getString("name"), "ACTIVE".equals(rs.getString("status"))));
                });
        return found;
    }

    public record EmployeeRef(long id, String employeeNo, String name, boolean active) {
    }
}
