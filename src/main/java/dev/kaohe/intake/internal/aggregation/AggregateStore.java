package dev.kaohe.intake.internal.aggregation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.kaohe.intake.aggregation.AggregationRunView;
import dev.kaohe.intake.aggregation.domain.Grouping;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The SQL of aggregation runs and of the actuals they write, with their lineage. */
@Component
public class AggregateStore {

    private final JdbcTemplate jdbc;

    AggregateStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record NewRun(UUID id, String trigger, UUID batchId, String recordType, String firstMonth, String lastMonth,
                         String startedBy, Instant at) {
    }

    public void startRun(NewRun r) {
        jdbc.update("""
                insert into aggregation_run (id, trigger, batch_id, record_type, first_month, last_month, started_by, started_at, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'RUNNING')""", r.id(), r.trigger(), r.batchId(), r.recordType(), r.firstMonth(),
                r.lastMonth(), r.startedBy(), Timestamp.from(r.at()));
    }

    public void finishRun(UUID id, String status, int definitions, int[] counts, String message, Instant at) {
        jdbc.update("""
                update aggregation_run set status = ?, definitions = ?, created_count = ?, replaced_count = ?, unchanged_count = ?,
                       retired_count = ?, no_value_count = ?, message = ?, finished_at = ? where id = ?""",
                status, definitions, counts[0], counts[1], counts[2], counts[3], counts[4],
                message == null ? null : message.substring(0, Math.min(1000, message.length())), Timestamp.from(at), id);
    }

    public Optional<AggregationRunView> run(UUID id) {
        return jdbc.query("select * from aggregation_run where id = ?", AggregateStore::runRow, id).stream().findFirst();
    }

    /**
     * Runs a stopped process left RUNNING (their transaction rolled back, nothing was written) become FAILED;
     * returns them as they are now.
     */
    public List<AggregationRunView> failInterrupted(String message, Instant at) {
        List<UUID> ids = jdbc.queryForList("""
                update aggregation_run set status = 'FAILED', message = ?, finished_at = ? where status = 'RUNNING' returning id""",
                UUID.class, message, Timestamp.from(at));
        return ids.stream().map(id -> run(id).orElseThrow()).toList();
    }

    public List<AggregationRunView> recentRuns(int limit) {
        return jdbc.query("select * from aggregation_run order by started_at desc limit ?", AggregateStore::runRow, limit);
    }

    /** A current actual of one subject, indicator and period; {@code definitionId} when aggregation wrote it. */
    public record Current(long id, long group, String period, BigDecimal value, int version, Long definitionId) {
    }

    public Map<String, Current> current(Grouping grouping, String code, Collection<String> periods) {
        String column = subjectColumn(grouping);
        Map<String, Current> found = new HashMap<>();
        jdbc.query("select ia.id, ia." + column + ", ia.period, ia.value, ia.version, ag.definition_id from indicator_actual ia"
                        + " left join aggregated_actual ag on ag.actual_id = ia.id"
                        + " where ia.current and ia.indicator_code = ? and ia.period = any(?) and ia." + column + " is not null",
                rs -> {
                    long definition = rs.getLong(6);
                    Current c = new Current(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4), rs.getInt(5),
                            rs.wasNull() ? null : definition);
                    found.put(c.group() + "|" + c.period(), c);
                }, code, periods.toArray(String[]::new));
        return found;
    }

    public void retire(List<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.update("update indicator_actual set current = false where id = any(?)", (Object) ids.toArray(Long[]::new));
        }
    }

    public record Write(long group, String period, BigDecimal value, int version, int records, String explanationKey,
                        List<String> explanationArgs, String explanationEnglish, Collection<UUID> batches) {
    }

    public void write(Grouping grouping, String code, long definitionId, UUID runId, List<Write> writes, Instant at) {
        Map<Long, String> numbers = new HashMap<>();
        if (grouping == Grouping.EMPLOYEE && !writes.isEmpty()) {
            jdbc.query("select id, employee_no from employee where id = any(?)", rs -> {
                numbers.put(rs.getLong(1), rs.getString(2));
            }, (Object) writes.stream().map(Write::group).distinct().toArray(Long[]::new));
        }
        for (int from = 0; from < writes.size(); from += WRITE_CHUNK) {
            List<Write> chunk = writes.subList(from, Math.min(writes.size(), from + WRITE_CHUNK));
            // Each value gets its id up front (nextval in the materialised CTE), so the lineage row takes it straight from v:
            // joining the insert's RETURNING back to v on (subject, period) made the planner pair two CTE scans it believed
            // to hold 100 rows each with a nested loop, thousands × thousands comparisons per statement.
            jdbc.update("""
                    with v as materialized (
                        select nextval('indicator_actual_id_seq') as id, *
                          from json_to_recordset(?::json) as v(employee_id bigint, employee_no varchar, org_unit_id bigint,
                            region_id bigint, group_id bigint, period varchar, value numeric, version int, records int, key varchar,
                            args varchar[], note varchar, batches uuid[])),
                    a as (
                        insert into indicator_actual (id, employee_id, employee_no, org_unit_id, region_id, indicator_code, period, value,
                                                      version, current, aggregation_run_id, source_system, note, created_at)
                        select id, employee_id, employee_no, org_unit_id, region_id, ?, period, value, version, true, ?, 'AGGREGATION', note, ?
                          from v)
                    insert into aggregated_actual (actual_id, definition_id, run_id, grouping, group_id, period, record_count,
                                                   explanation_key, explanation_args, explanation_en, batch_ids)
                    select v.id, ?, ?, ?, v.group_id, v.period, v.records, v.key, v.args, v.note, v.batches from v""",
                    json(grouping, chunk, numbers), code, runId, Timestamp.from(at), definitionId, runId, grouping.name());
        }
    }

    /** At most this many values in one statement. */
    private static final int WRITE_CHUNK = 5_000;

    /**
     * The values as one JSON array for json_to_recordset: one statement writes thousands of values and their
     * lineage, instead of one statement pair per value.
     */
    private static String json(Grouping grouping, List<Write> writes, Map<Long, String> numbers) {
        StringBuilder json = new StringBuilder(writes.size() * 300).append('[');
        for (Write w : writes) {
            if (json.length() > 1) {
                json.append(',');
            }
            String note = w.explanationEnglish().length() > 500 ? w.explanationEnglish().substring(0, 500) : w.explanationEnglish();
            json.append("{\"employee_id\":").append(grouping == Grouping.EMPLOYEE ? Long.toString(w.group()) : "null")
                    .append(",\"employee_no\":");
            string(json, grouping == Grouping.EMPLOYEE ? numbers.get(w.group()) : null);
            json.append(",\"org_unit_id\":").append(grouping == Grouping.ORG_UNIT ? Long.toString(w.group()) : "null")
                    .append(",\"region_id\":").append(grouping == Grouping.REGION ? Long.toString(w.group()) : "null")
                    .append(",\"group_id\":").append(w.group())
                    .append(",\"period\":");
            string(json, w.period());
            json.append(",\"value\":").append(w.value().toPlainString())
                    .append(",\"version\":").append(w.version())
                    .append(",\"records\":").append(w.records())
                    .append(",\"key\":");
            string(json, w.explanationKey());
            json.append(",\"args\":[");
            for (int i = 0; i < w.explanationArgs().size(); i++) {
                if (i > 0) {
                    json.append(',');
                }
                string(json, w.explanationArgs().get(i));
            }
            json.append("],\"note\":");
            string(json, note);
            json.append(",\"batches\":[");
            boolean first = true;
            for (UUID batch : w.batches()) {
                if (!first) {
                    json.append(',');
                }
                first = false;
                json.append('"').append(batch).append('"');
            }
            json.append("]}");
        }
        return json.append(']').toString();
    }

    private static void string(StringBuilder json, String value) {
        if (value == null) {
            json.append("null");
            return;
        }
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    /** The lineage of an aggregated actual. */
    public record Lineage(long actualId, long definitionId, UUID runId, Grouping grouping, long group, String period, int records,
                          String explanationKey, List<String> explanationArgs, String explanationEnglish, List<UUID> batches,
                          Long employeeId, String subjectName) {
    }

    public Optional<Lineage> lineage(long actualId) {
        return jdbc.query("""
                select ag.*, ia.employee_id,
                       coalesce(e.employee_no || ' ' || e.name, u.code || ' ' || u.name, r.code || ' ' || r.name) as subject
                from aggregated_actual ag join indicator_actual ia on ia.id = ag.actual_id
                left join employee e on e.id = ia.employee_id
                left join org_unit u on u.id = ia.org_unit_id
                left join region r on r.id = ia.region_id
                where ag.actual_id = ?""", (rs, n) -> {
            long employee = rs.getLong("employee_id");
            Long employeeId = rs.wasNull() ? null : employee;
            return new Lineage(rs.getLong("actual_id"), rs.getLong("definition_id"), rs.getObject("run_id", UUID.class),
                    Grouping.valueOf(rs.getString("grouping")), rs.getLong("group_id"), rs.getString("period"), rs.getInt("record_count"),
                    rs.getString("explanation_key"), List.of((String[]) rs.getArray("explanation_args").getArray()),
                    rs.getString("explanation_en"), List.of((UUID[]) rs.getArray("batch_ids").getArray()), employeeId,
                    rs.getString("subject"));
        }, actualId).stream().findFirst();
    }

    public static String subjectColumn(Grouping grouping) {
        return switch (grouping) {
            case EMPLOYEE -> "employee_id";
            case ORG_UNIT -> "org_unit_id";
            case REGION -> "region_id";
        };
    }

    private static AggregationRunView runRow(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new AggregationRunView(rs.getObject("id", UUID.class), rs.getString("trigger"), rs.getObject("batch_id", UUID.class),
                rs.getString("record_type"), rs.getString("first_month"), rs.getString("last_month"), rs.getString("started_by"),
                rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(), rs.getString("status"),
                rs.getInt("definitions"), rs.getInt("created_count"), rs.getInt("replaced_count"), rs.getInt("unchanged_count"),
                rs.getInt("retired_count"), rs.getInt("no_value_count"), rs.getString("message"));
    }
}
