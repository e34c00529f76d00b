package dev.kaohe.intake.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Looks up the employees and indicators a batch names, in two queries, read-only. */
@Component
public class References {

    public record Indicator(String code, String unit, boolean active) {
    }

    private final JdbcTemplate jdbc;

    References(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Long> employees(Collection<String> numbers) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select employee_no, id from employee where employee_no = any(?)",
                rs -> { ids.put(rs.getString(1), rs.getLong(2)); }, (Object) numbers.toArray(String[]::new));
        return ids;
    }

    public Map<String, Indicator> indicators(Collection<String> codes) {
        Map<String, Indicator> found = new HashMap<>();
        jdbc.query("select code, unit, active from indicator where code = any(?)",
                rs -> { found.put(rs.getString(1), new Indicator(rs.getString(1), rs.getString(2), rs.getBoolean(3))); },
                (Object) codes.toArray(String[]::new));
        return found;
    }
}
