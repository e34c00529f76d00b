package dev.kaohe.intake.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.kaohe.intake.ActualFilter;
import dev.kaohe.intake.ActualView;
import dev.kaohe.intake.BatchStatus;
import dev.kaohe.intake.BatchView;
import dev.kaohe.identity.Visibility;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The SQL of batches and actuals. */
@Component
public class Store {

    private static final String BATCH = """
            select id, channel, source_system, file_name, content_hash, importer_name, created_at, finished_at, status,
                   row_count, created_count, replaced_count, unchanged_count, duplicate_of, message, commit_mode, skipped_count
              from intake_batch""";
    private static final String ACTUAL = """
            select id, employee_id, employee_no, indicator_code, period, value, version, current, batch_id, row_number,
                   note, created_at, source_system, org_unit_id, region_id from indicator_actual""";
    private static final String SUBTREE = """
            (with recursive below(id) as (
                select id from employee where manager_id = :reachRoot
                union
                select x.id from employee x join below b on x.manager_id = b.id)
             select id from below)""";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    Store(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    public record NewBatch(UUID id, String channel, String sourceSystem, String fileName, byte[] content, String hash,
                           String idempotencyKey, long importedBy, String importerName, Instant at, BatchStatus status) {
    }

    public void insert(NewBatch b) {
        jdbc.update("""
                insert into intake_batch (id, channel, source_system, file_name, content, content_hash, idempotency_key,
                                          imported_by, importer_name, created_at, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", b.id(), b.channel(), b.sourceSystem(), b.fileName(), b.content(),
                b.hash(), b.idempotencyKey(), b.importedBy(), b.importerName(), Timestamp.from(b.at()), b.status().name());
    }

    public Optional<BatchView> batch(UUID id) {
        return jdbc.query(BATCH + " where id = ?", Store::batchRow, id).stream().findFirst();
    }

    public byte[] content(UUID id) {
        return jdbc.queryForObject("select content from intake_batch where id = ?", byte[].class, id);
    }

    public Optional<BatchView> committedWithHash(String hash) {
        return jdbc.query(BATCH + " where content_hash = ? and status = 'COMMITTED'", Store::batchRow, hash).stream().findFirst();
    }

    public Optional<BatchView> byKey(long importedBy, String key) {
        return jdbc.query(BATCH + " where imported_by = ? and idempotency_key = ?", Store::batchRow, importedBy, key)
                .stream().findFirst();
    }

    public List<BatchView> recent(int limit) {
        return jdbc.query(BATCH + " order by created_at desc limit ?", Store::batchRow, limit);
    }

    /** Moves a batch from one status to another; false when it was not in {@code from} (someone else was first). */
    public boolean move(UUID id, BatchStatus from, BatchStatus to) {
        return jdbc.update("update intake_batch set status = ? where id = ? and status = ?", to.name(), id, from.name()) == 1;
    }

    public void finish(UUID id, BatchStatus status, int rows, int created, int replaced, int unchanged, UUID duplicateOf,
                       String message, Instant at) {
        jdbc.update("""
                update intake_batch set status = ?, row_count = ?, created_count = ?, replaced_count = ?, unchanged_count = ?,
                       duplicate_of = ?, message = ?, finished_at = ?,
                       content = case when commit_mode = 'VALID_ROWS' and ? = 'COMMITTED' then content end where id = ?""",
                status.name(), rows, created, replaced, unchanged, duplicateOf, message, Timestamp.from(at), status.name(), id);
    }

    /**
     * How the batch is committed: VALID_ROWS leaves out {@code skipped} rows with problems, and keeps the file so the
     * rows left out can be listed again.
     */
    public void mode(UUID id, dev.kaohe.intake.CommitMode mode, int skipped) {
        jdbc.update("update intake_batch set commit_mode = ?, skipped_count = ? where id = ?", mode.name(), skipped, id);
    }

    public void fail(UUID id, String message, Instant at) {
        jdbc.update("update intake_batch set status = 'FAILED', message = ?, finished_at = ? where id = ? and status <> 'COMMITTED'",
                message == null ? null : message.substring(0, Math.min(1000, message.length())), Timestamp.from(at), id);
    }

    /** Batches left RUNNING by a process that stopped: their transaction was rolled back, so they wrote nothing. */
    public int failAbandoned(Instant at) {
        return jdbc.update("""
                update intake_batch set status = 'FAILED', message = 'interrupted: the server stopped', finished_at = ?
                where status = 'RUNNING'""", Timestamp.from(at));
    }

    /** The current value of each (employee, indicator, period) key in the lines. */
    public Map<String, Current> current(List<Checked.Line> lines) {
        Map<String, Current> found = new HashMap<>();
        if (lines.isEmpty()) {
            return found;
        }
        Long[] ids = lines.stream().map(Checked.Line::employeeId).distinct().toArray(Long[]::new);
        jdbc.query("select id, employee_id, indicator_code, period, value, version from indicator_actual where current and employee_id = any(?)",
                rs -> {
                    found.put(key(rs.getLong(2), rs.getString(3), rs.getString(4)),
                            new Current(rs.getLong(1), rs.getBigDecimal(5), rs.getInt(6)));
                }, (Object) ids);
        return found;
    }

    public record Current(long id, java.math.BigDecimal value, int version) {
    }

    public static String key(long employeeId, String code, String period) {
        return employeeId + "|" + code + "|" + period;
    }

    public void retire(List<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.update("update indicator_actual set current = false where id = any(?)", (Object) ids.toArray(Long[]::new));
        }
    }

    public record Insert(Checked.Line line, int version) {
    }

    public void insert(UUID batchId, String sourceSystem, List<Insert> inserts, Instant at) {
        jdbc.batchUpdate("""
                insert into indicator_actual (employee_id, employee_no, indicator_code, period, value, version, current,
                                              batch_id, row_number, source_system, note, created_at)
                values (?, ?, ?, ?, ?, ?, true, ?, ?, ?, ?, ?)""", inserts, 1000, (ps, insert) -> {
            Checked.Line l = insert.line();
            ps.setLong(1, l.employeeId());
            ps.setString(2, l.employeeNo());
            ps.setString(3, l.indicatorCode());
            ps.setString(4, l.period());
            ps.setBigDecimal(5, l.value());
            ps.setInt(6, insert.version());
            ps.setObject(7, batchId);
            ps.setInt(8, l.rowNumber());
            ps.setString(9, l.sourceSystem() != null ? l.sourceSystem() : sourceSystem);
            ps.setString(10, l.note());
            ps.setTimestamp(11, Timestamp.from(at));
        });
    }

    public Page<ActualView> search(ActualFilter filter, Visibility visibility, Pageable pageable) {
        List<String> where = new ArrayList<>();
        MapSqlParameterSource params = new MapSqlParameterSource();
        reach(visibility, where, params);
        if (!filter.history()) {
            where.add("current");
        }
        if (filter.employeeNo() != null && !filter.employeeNo().isBlank()) {
            where.add("employee_no = :no");
            params.addValue("no", filter.employeeNo().strip());
        }
        if (filter.indicator() != null && !filter.indicator().isBlank()) {
            where.add("indicator_code = :code");
            params.addValue("code", filter.indicator().strip());
        }
        if (filter.period() != null && !filter.period().isBlank()) {
            where.add("period = :period");
            params.addValue("period", Period.parse(filter.period()).orElse(filter.period().strip()));
        }
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        Long total = named.queryForObject("select count(*) from indicator_actual" + condition, params, Long.class);
        params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        List<ActualView> content = named.query(ACTUAL + condition
                + " order by period desc, employee_no, indicator_code, version desc limit :limit offset :offset", params, Store::actualRow);
        return new PageImpl<>(content, pageable, total == null ? 0 : total);
    }

    /** Adds the condition that keeps rows whose employee_id is within {@code visibility}. */
    public static void reach(Visibility visibility, List<String> where, MapSqlParameterSource params) {
        if (visibility.everyone()) {
            return;
        }
        List<String> any = new ArrayList<>();
        if (visibility.selfEmployeeId() != null) {
            any.add("employee_id = :self");
            params.addValue("self", visibility.selfEmployeeId());
        }
        if (visibility.subtreeOf() != null) {
            any.add("employee_id in " + SUBTREE);
            params.addValue("reachRoot", visibility.subtreeOf());
        }
        where.add(any.isEmpty() ? "false" : "(" + String.join(" or ", any) + ")");
    }

    public Optional<ActualView> actual(long id) {
        return jdbc.query(ACTUAL + " where id = ?", Store::actualRow, id).stream().findFirst();
    }

    /** Every version of the actual's subject (employee, team or region), indicator and period, newest first. */
    public List<ActualView> versions(ActualView actual) {
        if (actual.orgUnitId() != null) {
            return jdbc.query(ACTUAL + " where org_unit_id = ? and indicator_code = ? and period = ? order by version desc",
                    Store::actualRow, actual.orgUnitId(), actual.indicatorCode(), actual.period());
        }
        if (actual.regionId() != null) {
            return jdbc.query(ACTUAL + " where region_id = ? and indicator_code = ? and period = ? order by version desc",
                    Store::actualRow, actual.regionId(), actual.indicatorCode(), actual.period());
        }
        return versions(actual.employeeId(), actual.indicatorCode(), actual.period());
    }

    /** Whether the employee belongs to the org unit or to one of its ancestors. */
    public boolean inUnitOrAbove(long employeeId, long orgUnitId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                with recursive up(id, parent_id) as (
                    select id, parent_id from org_unit where id = ?
                    union
                    select o.id, o.parent_id from org_unit o join up on o.id = up.parent_id)
                select exists (select 1 from up join employee e on e.org_unit_id = up.id where e.id = ?)""",
                Boolean.class, orgUnitId, employeeId));
    }

    /** Whether the employee's region is the region or one of its ancestors. */
    public boolean inRegionOrAbove(long employeeId, long regionId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                with recursive up(id, parent_id) as (
                    select id, parent_id from region where id = ?
                    union
                    select r.id, r.parent_id from region r join up on r.id = up.parent_id)
                select exists (select 1 from up join employee e on e.region_id = up.id where e.id = ?)""",
                Boolean.class, regionId, employeeId));
    }

    public List<ActualView> versions(long employeeId, String code, String period) {
        return jdbc.query(ACTUAL + " where employee_id = ? and indicator_code = ? and period = ? order by version desc",
                Store::actualRow, employeeId, code, period);
    }

    private static BatchView batchRow(ResultSet rs, int n) throws SQLException {
        return new BatchView(rs.getObject("id", UUID.class), rs.getString("channel"), rs.getString("source_system"),
                rs.getString("file_name"), rs.getString("content_hash"), rs.getString("importer_name"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("finished_at")),
                BatchStatus.valueOf(rs.getString("status")), rs.getInt("row_count"), rs.getInt("created_count"),
                rs.getInt("replaced_count"), rs.getInt("unchanged_count"), rs.getObject("duplicate_of", UUID.class),
                rs.getString("message"), dev.kaohe.intake.CommitMode.valueOf(rs.getString("commit_mode")), rs.getInt("skipped_count"));
    }

    private static ActualView actualRow(ResultSet rs, int n) throws SQLException {
        return new ActualView(rs.getLong("id"), rs.getLong("employee_id"), rs.getString("employee_no"),
                rs.getString("indicator_code"), rs.getString("period"), rs.getBigDecimal("value").stripTrailingZeros(),
                rs.getInt("version"), rs.getBoolean("current"), rs.getObject("batch_id", UUID.class),
                rs.getInt("row_number"), rs.getString("note"), instant(rs.getTimestamp("created_at")), rs.getString("source_system"),
                rs.getObject("org_unit_id", Long.class), rs.getObject("region_id", Long.class));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
