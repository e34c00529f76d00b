package dev.kaohe.intake.internal.aggregation;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.kaohe.intake.aggregation.domain.Field;
import dev.kaohe.intake.aggregation.domain.Filter;
import dev.kaohe.intake.aggregation.domain.Grouping;
import dev.kaohe.intake.aggregation.domain.Measure;
import dev.kaohe.intake.aggregation.domain.PeriodKind;
import dev.kaohe.intake.aggregation.domain.ReportingPeriod;
import dev.kaohe.intake.aggregation.domain.Tally;
import dev.kaohe.intake.aggregation.domain.TimeUnit;
import dev.kaohe.intake.aggregation.domain.WorkingHours;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads committed business records per subject and period. The big measures are one SQL GROUP BY; only time
 * between events is streamed row by row, because working hours need the calendar.
 */
@Component
public class RecordQueries {

    /** What one definition reads: the same shape for aggregating and for listing the records behind a value. */
    public record Spec(String recordType, Measure measure, Field field, Field secondField, Filter filter, Filter partFilter,
                       TimeUnit timeUnit, Grouping grouping, PeriodKind periodKind) {
    }

    /** One subject (employee, org unit or region id) in one period. */
    public record Cell(long group, String period) {
    }

    /** A cell's tally and the batches its records came from. */
    public record Counted(Tally tally, Set<UUID> batches) {
    }

    /** A contributing record as the lineage page lists it. */
    public record RecordRow(long id, UUID batchId, String fileName, String sourceSystem, int rowNumber, String employeeNo,
                            java.time.LocalDate occurredOn, String reference, String customer, String category,
                            BigDecimal amount, BigDecimal amountDue, Integer score, java.time.Instant startedAt,
                            java.time.Instant endedAt) {
    }

    private final NamedParameterJdbcTemplate named;
    private final NamedParameterJdbcTemplate streaming;

    RecordQueries(NamedParameterJdbcTemplate named, JdbcTemplate jdbc, dev.kaohe.intake.aggregation.AggregationSettings settings) {
        this.named = named;
        JdbcTemplate fetching = new JdbcTemplate(jdbc.getDataSource());
        fetching.setFetchSize(settings.fetchSize());
        this.streaming = new NamedParameterJdbcTemplate(fetching);
    }

    /** Tallies per cell for the periods given (all of one kind). Promoters and detractors bound NPS. */
    public Map<Cell, Counted> tally(Spec spec, Collection<ReportingPeriod> periods, int promoterFrom, int detractorTo,
                                    WorkingHours workingHours) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String from = from(spec, periods, p);
        Map<Cell, Counted> result = new HashMap<>();
        if (spec.measure() == Measure.TIME_BETWEEN) {
            return times(spec, from, p, workingHours);
        }
        String f = spec.field() == null ? null : "br." + spec.field().column();
        String aggregates = switch (spec.measure()) {
            case SUM, GROWTH -> "sum(" + number(spec.field()) + "), null, null";
            case COUNT -> "null, null, null";
            case DISTINCT_COUNT -> "count(distinct " + f + "), null, null";
            case AVERAGE -> "sum(" + number(spec.field()) + "), " + (spec.field() == Field.RECORDS ? "count(*)" : "count(" + f + ")") + ", null";
            case RATIO -> "sum(" + number(spec.field()) + "), sum(" + number(spec.secondField()) + "), null";
            case SHARE -> "sum(case when " + condition(spec.partFilter(), p, "part") + " then " + number(spec.field()) + " end), sum("
                    + number(spec.field()) + "), null";
            case NET_PROMOTER -> "count(*) filter (where " + f + " >= :promoter), count(" + f + "), count(*) filter (where " + f
                    + " <= :detractor)";
            case TIME_BETWEEN -> throw new IllegalStateException();
        };
        p.addValue("promoter", promoterFrom).addValue("detractor", detractorTo);
        String sql = "select " + group(spec.grouping()) + " as g, " + period(spec.periodKind()) + " as p, count(*) as n, " + aggregates
                + ", array_agg(distinct br.batch_id) as batches " + from + " group by 1, 2";
        named.query(sql, p, rs -> {
            long group = rs.getLong(1);
            if (rs.wasNull()) {
                return;
            }
            result.put(new Cell(group, rs.getString(2)), new Counted(Tally.of(rs.getLong(3), decimal(rs, 4), decimal(rs, 5), decimal(rs, 6)),
                    uuids(rs.getArray(7))));
        });
        return result;
    }

    private Map<Cell, Counted> times(Spec spec, String from, MapSqlParameterSource p, WorkingHours workingHours) {
        Map<Cell, long[]> counts = new HashMap<>();
        Map<Cell, BigDecimal> totals = new HashMap<>();
        Map<Cell, Set<UUID>> batches = new HashMap<>();
        String sql = "select " + group(spec.grouping()) + " as g, " + period(spec.periodKind()) + " as p, br.batch_id, br."
                + spec.field().column() + ", br." + spec.secondField().column() + " " + from;
        streaming.query(sql, p, rs -> {
            long group = rs.getLong(1);
            if (rs.wasNull()) {
                return;
            }
            Cell cell = new Cell(group, rs.getString(2));
            long[] c = counts.computeIfAbsent(cell, k -> new long[3]); // records, pairs, left out
            batches.computeIfAbsent(cell, k -> new LinkedHashSet<>()).add(rs.getObject(3, UUID.class));
            c[0]++;
            Timestamp start = rs.getTimestamp(4);
            Timestamp end = rs.getTimestamp(5);
            BigDecimal time = start == null || end == null ? null : switch (spec.timeUnit()) {
                case WORKING_HOURS -> workingHours.between(start.toInstant(), end.toInstant());
                case HOURS -> WorkingHours.calendarHours(start.toInstant(), end.toInstant());
                case DAYS -> WorkingHours.calendarDays(start.toInstant(), end.toInstant());
            };
            if (time == null) {
                c[2]++;
            } else {
                c[1]++;
                totals.merge(cell, time, BigDecimal::add);
            }
        });
        Map<Cell, Counted> result = new HashMap<>();
        counts.forEach((cell, c) -> result.put(cell, new Counted(Tally.of(c[0], totals.getOrDefault(cell, BigDecimal.ZERO),
                BigDecimal.valueOf(c[1]), BigDecimal.valueOf(c[2])), batches.get(cell))));
        return result;
    }

    /** The records behind one cell, from the given batches only, paged. */
    public List<RecordRow> records(Spec spec, Cell cell, Collection<UUID> batchIds, int limit, long offset) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String from = from(spec, List.of(ReportingPeriod.parse(cell.period())), p) + cellCondition(spec, cell, batchIds, p);
        p.addValue("limit", limit).addValue("offset", offset);
        Field score = spec.field() != null && spec.field().kind() == Field.Kind.NUMBER && spec.field() != Field.RECORDS
                && (spec.field() == Field.NPS || spec.field() == Field.CSAT) ? spec.field() : Field.NPS;
        String sql = """
                select br.id, br.batch_id, ib.file_name, ib.source_system, br.row_number, br.employee_no, br.occurred_on,
                       br.reference, br.customer, br.category, br.amount, br.amount_due, br.%s, br.started_at,
                       coalesce(br.first_response_at, br.ended_at)
                """.formatted(score.column()) + from + " order by br.occurred_on, br.batch_id, br.row_number limit :limit offset :offset";
        return named.query(sql, p, (rs, n) -> new RecordRow(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getString(4), rs.getInt(5), rs.getString(6), rs.getObject(7, java.time.LocalDate.class), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getBigDecimal(11), rs.getBigDecimal(12),
                (Integer) rs.getObject(13, Integer.class), instant(rs.getTimestamp(14)), instant(rs.getTimestamp(15))));
    }

    public long countRecords(Spec spec, Cell cell, Collection<UUID> batchIds) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String from = from(spec, List.of(ReportingPeriod.parse(cell.period())), p) + cellCondition(spec, cell, batchIds, p);
        Long n = named.queryForObject("select count(*) " + from, p, Long.class);
        return n == null ? 0 : n;
    }

    private String cellCondition(Spec spec, Cell cell, Collection<UUID> batchIds, MapSqlParameterSource p) {
        p.addValue("cellGroup", cell.group()).addValue("cellPeriod", cell.period()).addValue("cellBatches", batchIds.toArray(UUID[]::new));
        return " and " + group(spec.grouping()) + " = :cellGroup and " + period(spec.periodKind()) + " = :cellPeriod"
                + " and br.batch_id = any(:cellBatches)";
    }

    private String from(Spec spec, Collection<ReportingPeriod> periods, MapSqlParameterSource p) {
        List<String> names = periods.stream().map(ReportingPeriod::toString).toList();
        p.addValue("type", spec.recordType())
                .addValue("fromDay", Date.valueOf(periods.stream().map(ReportingPeriod::startDay).min(java.util.Comparator.naturalOrder()).orElseThrow()))
                .addValue("toDay", Date.valueOf(periods.stream().map(ReportingPeriod::endDay).max(java.util.Comparator.naturalOrder()).orElseThrow()))
                .addValue("periods", names.toArray(String[]::new));
        StringBuilder sql = new StringBuilder(" from business_record br join intake_batch ib on ib.id = br.batch_id and ib.status = 'COMMITTED'");
        if (spec.grouping() != Grouping.EMPLOYEE) {
            sql.append(" join employee e on e.id = br.employee_id");
        }
        if (spec.grouping() == Grouping.REGION) {
            sql.append(" left join region r on r.code = br.region_code");
        }
        sql.append(" where br.record_type = :type and br.occurred_on between :fromDay and :toDay and ")
                .append(period(spec.periodKind())).append(" = any(:periods)");
        if (!spec.filter().conditions().isEmpty()) {
            sql.append(" and ").append(condition(spec.filter(), p, "f"));
        }
        return sql.toString();
    }

    static String group(Grouping grouping) {
        return switch (grouping) {
            case EMPLOYEE -> "br.employee_id";
            case ORG_UNIT -> "e.org_unit_id";
            case REGION -> "coalesce(r.id, e.region_id)";
        };
    }

    static String period(PeriodKind kind) {
        return kind == PeriodKind.MONTH ? "to_char(br.occurred_on, 'YYYY-MM')" : "to_char(br.occurred_on, 'YYYY\"Q\"Q')";
    }

    private static String number(Field field) {
        if (field == null || field == Field.RECORDS) {
            return "1";
        }
        return field.kind() == Field.Kind.BOOLEAN ? "(case when br." + field.column() + " then 1 else 0 end)" : "br." + field.column();
    }

    /** The filter as SQL; column names come from {@link Field}, values are bound parameters. */
    static String condition(Filter filter, MapSqlParameterSource p, String prefix) {
        if (filter.conditions().isEmpty()) {
            return "true";
        }
        List<String> parts = new ArrayList<>();
        int i = 0;
        for (Filter.Condition c : filter.conditions()) {
            String column = "br." + c.field().column();
            if (c.values().isEmpty()) {
                parts.add(column + (c.negated() ? " is not null" : " is null"));
                continue;
            }
            String param = prefix + i++;
            String cast = switch (c.field().kind()) {
                case BOOLEAN -> "::boolean[]";
                case NUMBER -> "::numeric[]";
                default -> "::varchar[]";
            };
            p.addValue(param, c.values().toArray(String[]::new));
            String in = column + " = any(cast(:" + param + " as varchar[])" + cast + ")";
            parts.add(c.negated() ? "(" + column + " is null or not " + in + ")" : in);
        }
        return "(" + String.join(" and ", parts) + ")";
    }

    private static BigDecimal decimal(ResultSet rs, int column) throws SQLException {
        return rs.getBigDecimal(column);
    }

    private static Set<UUID> uuids(Array array) throws SQLException {
        Set<UUID> ids = new LinkedHashSet<>();
        if (array != null) {
            for (Object o : (Object[]) array.getArray()) {
                ids.add((UUID) o);
            }
        }
        return ids;
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
