package dev.kaohe.org.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import dev.kaohe.org.demo.DemoOrganisation.Person;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a generated organisation with PostgreSQL {@code COPY}: ids are reserved from the tables' sequences
 * first, so parent and manager references can be written in the same pass. 100,000 employees take seconds.
 */
@Component
public class DemoWriter {

    /** COPY sends the rows in chunks of this many, so memory stays flat at any size. */
    private static final int CHUNK = 20_000;

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    DemoWriter(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Employee numbers and codes of the organisation that already exist, for a clear refusal before writing. */
    @Transactional(readOnly = true)
    public List<String> existingKeys(DemoOrganisation organisation) {
        List<String> taken = new java.util.ArrayList<>();
        taken.addAll(existing("org_unit", "code", organisation.units().stream().map(DemoOrganisation.Unit::code).toList()));
        taken.addAll(existing("region", "code", organisation.regions().stream().map(DemoOrganisation.Area::code).toList()));
        taken.addAll(existing("job_position", "code", organisation.positions().stream().map(DemoOrganisation.Position::code).toList()));
        taken.addAll(existing("employee", "employee_no", organisation.people().stream().map(Person::employeeNo).toList()));
        return taken;
    }

    private List<String> existing(String table, String column, List<String> keys) {
        return jdbc.execute((Connection connection) -> {
            Array array = connection.createArrayOf("varchar", keys.toArray());
            try (var statement = connection.prepareStatement(
                    "select " + column + " from " + table + " where " + column + " = any(?) order by 1 limit 5")) {
                statement.setArray(1, array);
                try (var rows = statement.executeQuery()) {
                    List<String> found = new java.util.ArrayList<>();
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                    return found;
                }
            }
        });
    }

    /** Inserts everything inside the caller's transaction and returns the employee ids, in the order of the people list. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long[] write(DemoOrganisation organisation, Instant now) {
        long[] unitIds = reserveIds("org_unit", organisation.units().size());
        long[] regionIds = reserveIds("region", organisation.regions().size());
        long[] positionIds = reserveIds("job_position", organisation.positions().size());
        long[] employeeIds = reserveIds("employee", organisation.people().size());

        copy("org_unit (id, code, name, kind, parent_id, sort_order)", organisation.units(), (index, unit) -> row(
                unitIds[index], unit.code(), unit.name(), unit.kind().name(), ref(unitIds, unit.parent()), unit.sortOrder()));
        copy("region (id, code, name, level, parent_id, tags)", organisation.regions(), (index, area) -> row(
                regionIds[index], area.code(), area.name(), area.level().name(), ref(regionIds, area.parent()), area.tags()));
        copy("job_position (id, code, name, family, description)", organisation.positions(), (index, position) -> row(
                positionIds[index], position.code(), position.name(), position.family().name(), position.description()));
        String timestamp = now.toString();
        copy("employee (id, employee_no, name, org_unit_id, position_id, manager_id, region_id, hire_date, probation,"
                        + " career_track, status, leave_date, email, created_at, updated_at)",
                organisation.people(), (index, p) -> row(employeeIds[index], p.employeeNo(), p.name(), unitIds[p.unit()],
                        positionIds[p.position()], ref(employeeIds, p.manager()), ref(regionIds, p.region()), p.hireDate(),
                        p.probation(), p.careerTrack() == null ? null : p.careerTrack().name(), p.status().name(),
                        p.leaveDate(), p.email(), timestamp, timestamp));
        return employeeIds;
    }

    private long[] reserveIds(String table, int count) {
        List<Long> ids = jdbc.queryForList(
                "select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)", Long.class, table, count);
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    private static Long ref(long[] ids, int index) {
        return index < 0 ? null : ids[index];
    }

    interface RowFormat<T> {
        String format(int index, T item);
    }

    private <T> void copy(String target, List<T> items, RowFormat<T> format) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            var copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
            String sql = "copy " + target + " from stdin";
            StringBuilder chunk = new StringBuilder();
            for (int i = 0; i < items.size(); i++) {
                chunk.append(format.format(i, items.get(i)));
                if ((i + 1) % CHUNK == 0 || i == items.size() - 1) {
                    copyManager.copyIn(sql, new StringReader(chunk.toString()));
                    chunk.setLength(0);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the demo company into " + target + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** One line of COPY text format: tab-separated, \N for null, backslash escapes. */
    private static String row(Object... values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            Object value = values[i];
            if (value == null) {
                line.append("\\N");
            } else {
                escape(String.valueOf(value), line);
            }
        }
        return line.append('\n').toString();
    }

    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

}
