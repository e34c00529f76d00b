package dev.kaohe.org.internal;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Counts and locks the structure services need beside their repositories. */
@Component
public class StructureQueries {

    private final JdbcTemplate jdbc;

    StructureQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Active employees per value of {@code column} (org_unit_id, region_id or position_id). */
    public Map<Long, Long> activeEmployeesBy(String column) {
        if (!column.matches("org_unit_id|region_id|position_id")) {
            throw new IllegalArgumentException(column);
        }
        Map<Long, Long> counts = new HashMap<>();
        jdbc.query("select " + column + ", count(*) from employee where status = 'ACTIVE' and " + column
                + " is not null group by " + column, rs -> {
            counts.put(rs.getLong(1), rs.getLong(2));
        });
        return counts;
    }

    /** Serialises tree changes of one table, so two concurrent moves cannot close a cycle. */
    public void lockTree(String table) {
        jdbc.queryForObject("select pg_advisory_xact_lock(?, hashtext(?))", Object.class, 0x4f7267, table);
    }
}
