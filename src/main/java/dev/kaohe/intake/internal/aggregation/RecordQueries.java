package dev.kaohe.intake.internal.aggregation;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
                            java.time.Instant endedAt, UUID supersededBy) {
    }

    private final NamedParameterJdbcTemplate named;
    private final NamedParameterJdbcTemplate streaming;
    private final String workMem;

    RecordQueries(NamedParameterJdbcTemplate named, JdbcTemplate jdbc, dev.kaohe.intake.aggregation.AggregationSettings settings) {
        this.named = named;
        this.workMem = settings.workMem();
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
        roomToSort();
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

    /**
     * Whether a measure can be tallied together with others of its record type: its tally adds up from partial
     * tallies per batch, employee and month. Distinct counts cannot, and times between events are computed row by row.
     */
    public static boolean sharesScan(Measure measure) {
        return measure != Measure.DISTINCT_COUNT && measure != Measure.TIME_BETWEEN;
    }

    /**
     * The tallies of several definitions of one record type from one scan of its records: one GROUP BY batch,
     * employee (with the employee's org unit and the record's region) and month, with the counts and sums every
     * definition needs as FILTER aggregates, then added up per definition's subject and period here. The same
     * result as {@link #tally} for each spec, at the cost of one scan instead of one per definition. Every spec
     * must {@link #sharesScan share the scan} and have the same record type.
     */
    public List<Map<Cell, Counted>> tallyTogether(List<Spec> specs, List<? extends Collection<ReportingPeriod>> periods, int promoterFrom,
                                                  int detractorTo) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        p.addValue("promoter", promoterFrom).addValue("detractor", detractorTo);
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<String, String> filters = new HashMap<>();
        int[][] slots = new int[specs.size()][];
        List<Set<String>> wanted = new ArrayList<>();
        java.time.LocalDate fromDay = null;
        java.time.LocalDate toDay = null;
        boolean units = false;
        boolean regions = false;
        for (int i = 0; i < specs.size(); i++) {
            Spec spec = specs.get(i);
            if (!sharesScan(spec.measure()) || !spec.recordType().equals(specs.get(0).recordType())) {
                throw new IllegalArgumentException(spec.toString());
            }
            units |= spec.grouping() == Grouping.ORG_UNIT;
            regions |= spec.grouping() == Grouping.REGION;
            int n = i;
            String where = spec.filter().conditions().isEmpty() ? null
                    : filters.computeIfAbsent(spec.filter().toString(), k -> condition(spec.filter(), p, "f" + n + "_"));
            String f = spec.field() == null ? null : "br." + spec.field().column();
            int[] slot = {column(columns, counted("count(*)", where)), -1, -1, -1};
            switch (spec.measure()) {
                case SUM, GROWTH -> slot[1] = column(columns, counted("sum(" + number(spec.field()) + ")", where));
                case COUNT -> {
                }
                case AVERAGE -> {
                    slot[1] = column(columns, counted("sum(" + number(spec.field()) + ")", where));
                    slot[2] = column(columns, counted(spec.field() == Field.RECORDS ? "count(*)" : "count(" + f + ")", where));
                }
                case RATIO -> {
                    slot[1] = column(columns, counted("sum(" + number(spec.field()) + ")", where));
                    slot[2] = column(columns, counted("sum(" + number(spec.secondField()) + ")", where));
                }
                case SHARE -> {
                    String part = filters.computeIfAbsent("part:" + spec.partFilter(), k -> condition(spec.partFilter(), p, "p" + n + "_"));
                    slot[1] = column(columns, counted("sum(case when " + part + " then " + number(spec.field()) + " end)", where));
                    slot[2] = column(columns, counted("sum(" + number(spec.field()) + ")", where));
                }
                case NET_PROMOTER -> {
                    slot[1] = column(columns, counted("count(*)", (where == null ? "" : where + " and ") + f + " >= :promoter"));
                    slot[2] = column(columns, counted("count(" + f + ")", where));
                    slot[3] = column(columns, counted("count(*)", (where == null ? "" : where + " and ") + f + " <= :detractor"));
                }
                default -> throw new IllegalArgumentException(spec.measure().name());
            }
            slots[i] = slot;
            Set<String> names = new java.util.HashSet<>();
            for (ReportingPeriod period : periods.get(i)) {
                names.add(period.toString());
                fromDay = fromDay == null || period.startDay().isBefore(fromDay) ? period.startDay() : fromDay;
                toDay = toDay == null || period.endDay().isAfter(toDay) ? period.endDay() : toDay;
            }
            wanted.add(names);
        }
        List<Map<Cell, Counted>> result = new ArrayList<>();
        List<Map<Cell, Partial>> partials = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            result.add(new HashMap<>());
            partials.add(new HashMap<>());
        }
        if (specs.isEmpty()) {
            return result;
        }
        p.addValue("type", specs.get(0).recordType()).addValue("fromDay", Date.valueOf(fromDay)).addValue("toDay", Date.valueOf(toDay));
        StringBuilder sql = new StringBuilder("select br.batch_id, br.employee_id, ")
                .append(units || regions ? "e.org_unit_id, " : "null::bigint, ")
                .append(regions ? "coalesce(r.id, e.region_id), " : "null::bigint, ")
                .append("date_part('year', br.occurred_on)::int * 12 + date_part('month', br.occurred_on)::int - 1");
        columns.keySet().forEach(c -> sql.append(", ").append(c));
        sql.append(" from business_record br join intake_batch ib on ib.id = br.batch_id and ib.status = 'COMMITTED'");
        if (units || regions) {
            sql.append(" left join employee e on e.id = br.employee_id");
        }
        if (regions) {
            sql.append(" left join region r on r.code = br.region_code");
        }
        sql.append(" where br.record_type = :type and br.occurred_on between :fromDay and :toDay").append(CURRENT).append(" group by 1, 2, 3, 4, 5");
        int values = columns.size();
        Map<Integer, YearMonth> months = new HashMap<>();
        roomToSort();
        named.query(sql.toString(), p, rs -> {
            UUID batch = rs.getObject(1, UUID.class);
            long employee = rs.getLong(2);
            long unit = rs.getLong(3);
            boolean noUnit = rs.wasNull();
            long region = rs.getLong(4);
            boolean noRegion = rs.wasNull();
            YearMonth month = months.computeIfAbsent(rs.getInt(5), m -> YearMonth.of(m / 12, m % 12 + 1));
            BigDecimal[] row = new BigDecimal[values];
            for (int c = 0; c < values; c++) {
                row[c] = rs.getBigDecimal(6 + c);
            }
            for (int i = 0; i < specs.size(); i++) {
                Spec spec = specs.get(i);
                int[] slot = slots[i];
                long records = row[slot[0]].longValue();
                if (records == 0) {
                    continue;
                }
                String period = ReportingPeriod.of(spec.periodKind(), month).toString();
                if (!wanted.get(i).contains(period)) {
                    continue;
                }
                long group;
                switch (spec.grouping()) {
                    case EMPLOYEE -> group = employee;
                    case ORG_UNIT -> {
                        if (noUnit) {
                            continue;
                        }
                        group = unit;
                    }
                    default -> {
                        if (noRegion) {
                            continue;
                        }
                        group = region;
                    }
                }
                Partial partial = partials.get(i).computeIfAbsent(new Cell(group, period), k -> new Partial());
                partial.records += records;
                partial.a = add(partial.a, slot[1] < 0 ? null : row[slot[1]]);
                partial.b = add(partial.b, slot[2] < 0 ? null : row[slot[2]]);
                partial.c = add(partial.c, slot[3] < 0 ? null : row[slot[3]]);
                partial.batches.add(batch);
            }
        });
        for (int i = 0; i < specs.size(); i++) {
            Map<Cell, Counted> counted = result.get(i);
            partials.get(i).forEach((cell, t) -> counted.put(cell, new Counted(Tally.of(t.records, t.a, t.b, t.c), t.batches)));
        }
        return result;
    }

    /**
     * Distinct counts of several definitions that differ only in their period kind (same record type, field, filter
     * and subject: NEW_CUSTOMERS per month and per quarter), from one scan and one sort: {@code grouping sets
     * ((subject, quarter, month), (subject, quarter))} is a rollup PostgreSQL computes from a single sort by subject,
     * quarter and month, where two {@link #tally} calls sort the records twice. The same result as {@link #tally}
     * for each spec.
     */
    public List<Map<Cell, Counted>> distinctTogether(List<Spec> specs, List<? extends Collection<ReportingPeriod>> periods) {
        Spec first = specs.get(0);
        List<ReportingPeriod> months = new ArrayList<>();
        List<Set<String>> wanted = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec spec = specs.get(i);
            if (spec.measure() != Measure.DISTINCT_COUNT || !spec.recordType().equals(first.recordType()) || spec.field() != first.field()
                    || !spec.filter().equals(first.filter()) || spec.grouping() != first.grouping()) {
                throw new IllegalArgumentException(spec.toString());
            }
            Set<String> names = new java.util.HashSet<>();
            for (ReportingPeriod period : periods.get(i)) {
                names.add(period.toString());
                for (YearMonth m = period.first(); !m.isAfter(period.last()); m = m.plusMonths(1)) {
                    months.add(ReportingPeriod.of(PeriodKind.MONTH, m));
                }
            }
            wanted.add(names);
        }
        List<Map<Cell, Counted>> result = new ArrayList<>();
        specs.forEach(s -> result.add(new HashMap<>()));
        MapSqlParameterSource p = new MapSqlParameterSource();
        // every month of every period asked for, so one MONTH condition selects the records of quarters too
        Spec byMonth = new Spec(first.recordType(), first.measure(), first.field(), first.secondField(), first.filter(), first.partFilter(),
                first.timeUnit(), first.grouping(), PeriodKind.MONTH);
        String from = from(byMonth, months, p);
        String g = group(first.grouping());
        String q = period(PeriodKind.QUARTER);
        String m = period(PeriodKind.MONTH);
        String sql = "select " + g + ", " + q + ", " + m + ", grouping(" + m + "), count(*), count(distinct br." + first.field().column()
                + "), array_agg(distinct br.batch_id)" + from + " group by grouping sets ((" + g + ", " + q + ", " + m + "), (" + g + ", " + q + "))";
        roomToSort();
        named.query(sql, p, rs -> {
            long group = rs.getLong(1);
            if (rs.wasNull()) {
                return;
            }
            boolean quarter = rs.getInt(4) == 1;
            String period = quarter ? rs.getString(2) : rs.getString(3);
            Counted counted = null;
            for (int i = 0; i < specs.size(); i++) {
                if ((specs.get(i).periodKind() == PeriodKind.QUARTER) == quarter && wanted.get(i).contains(period)) {
                    if (counted == null) {
                        counted = new Counted(Tally.of(rs.getLong(5), decimal(rs, 6), null, null), uuids(rs.getArray(7)));
                    }
                    result.get(i).put(new Cell(group, period), counted);
                }
            }
        });
        return result;
    }

    /**
     * Lets this transaction's sorts and hash tables use {@code work-mem} of server memory (PostgreSQL's default, 4 MB,
     * makes a tally over a million records spill to disk). Server memory only: the app's heap is not involved.
     */
    private void roomToSort() {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
            named.getJdbcTemplate().queryForObject("select set_config('work_mem', ?, true)", String.class, workMem);
        }
    }

    private static final class Partial {
        private long records;
        private BigDecimal a;
        private BigDecimal b;
        private BigDecimal c;
        private final Set<UUID> batches = new LinkedHashSet<>();
    }

    private static String counted(String aggregate, String condition) {
        return condition == null || condition.isEmpty() ? aggregate : aggregate + " filter (where " + condition + ")";
    }

    private static int column(Map<String, Integer> columns, String expression) {
        return columns.computeIfAbsent(expression, k -> columns.size());
    }

    /** Null stays null (no value in any part), like SQL's sum. */
    private static BigDecimal add(BigDecimal total, BigDecimal part) {
        if (part == null) {
            return total;
        }
        return total == null ? part : total.add(part);
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
        String from = from(spec, List.of(ReportingPeriod.parse(cell.period())), p, false) + cellCondition(spec, cell, batchIds, p);
        p.addValue("limit", limit).addValue("offset", offset);
        Field score = spec.field() != null && spec.field().kind() == Field.Kind.NUMBER && spec.field() != Field.RECORDS
                && (spec.field() == Field.NPS || spec.field() == Field.CSAT) ? spec.field() : Field.NPS;
        String sql = """
                select br.id, br.batch_id, ib.file_name, ib.source_system, br.row_number, br.employee_no, br.occurred_on,
                       br.reference, br.customer, br.category, br.amount, br.amount_due, br.%s, br.started_at,
                       coalesce(br.first_response_at, br.ended_at), br.superseded_by
                """.formatted(score.column()) + from + " order by br.occurred_on, br.batch_id, br.row_number limit :limit offset :offset";
        return named.query(sql, p, (rs, n) -> new RecordRow(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getString(4), rs.getInt(5), rs.getString(6), rs.getObject(7, java.time.LocalDate.class), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getBigDecimal(11), rs.getBigDecimal(12),
                (Integer) rs.getObject(13, Integer.class), instant(rs.getTimestamp(14)), instant(rs.getTimestamp(15)),
                rs.getObject(16, UUID.class)));
    }

    public long countRecords(Spec spec, Cell cell, Collection<UUID> batchIds) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String from = from(spec, List.of(ReportingPeriod.parse(cell.period())), p, false) + cellCondition(spec, cell, batchIds, p);
        Long n = named.queryForObject("select count(*) " + from, p, Long.class);
        return n == null ? 0 : n;
    }

    private String cellCondition(Spec spec, Cell cell, Collection<UUID> batchIds, MapSqlParameterSource p) {
        p.addValue("cellGroup", cell.group()).addValue("cellPeriod", cell.period()).addValue("cellBatches", batchIds.toArray(UUID[]::new));
        return " and " + group(spec.grouping()) + " = :cellGroup and " + period(spec.periodKind()) + " = :cellPeriod"
                + " and br.batch_id = any(:cellBatches)";
    }

    /** Rows a later committed row with the same type and reference replaced do not count. */
    private static final String CURRENT = " and br.superseded_by is null";

    private String from(Spec spec, Collection<ReportingPeriod> periods, MapSqlParameterSource p) {
        return from(spec, periods, p, true);
    }

    /** The lineage lists superseded rows too (marked), so both sides of a correction stay visible. */
    private String from(Spec spec, Collection<ReportingPeriod> periods, MapSqlParameterSource p, boolean currentOnly) {
        List<String> names = periods.stream().map(ReportingPeriod::toString).toList();
        p.addValue("type", spec.recordType())
                .addValue("fromDay", Date.valueOf(periods.stream().map(ReportingPeriod::startDay).min(java.util.Comparator.naturalOrder()).orElseThrow()))
                .addValue("toDay", Date.valueOf(periods.stream().map(ReportingPeriod::endDay).max(java.util.Comparator.naturalOrder()).orElseThrow()))
                .addValue("periods", names.toArray(String[]::new));
        // the lineage of an older version still lists the rows of a batch withdrawn since
        StringBuilder sql = new StringBuilder(" from business_record br join intake_batch ib on ib.id = br.batch_id and ib.status "
                + (currentOnly ? "= 'COMMITTED'" : "in ('COMMITTED', 'WITHDRAWN')"));
        if (spec.grouping() != Grouping.EMPLOYEE) {
            sql.append(" join employee e on e.id = br.employee_id");
        }
        if (spec.grouping() == Grouping.REGION) {
            sql.append(" left join region r on r.code = br.region_code");
        }
        sql.append(" where br.record_type = :type and br.occurred_on between :fromDay and :toDay and ")
                .append(period(spec.periodKind())).append(" = any(:periods)");
        if (currentOnly) {
            sql.append(CURRENT);
        }
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
