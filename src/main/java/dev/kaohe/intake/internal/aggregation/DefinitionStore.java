package dev.kaohe.intake.internal.aggregation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.kaohe.intake.RecordType;
import dev.kaohe.intake.aggregation.AggregationDefinition;
import dev.kaohe.intake.aggregation.domain.Grouping;
import dev.kaohe.intake.aggregation.domain.Measure;
import dev.kaohe.intake.aggregation.domain.PeriodKind;
import dev.kaohe.intake.aggregation.domain.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The SQL of aggregation definitions; updates check the version the editor saw. */
@Component
public class DefinitionStore {

    private static final String SELECT = """
            select id, indicator_code, record_type, measure, field, second_field, filter, part_filter, time_unit, grouping,
                   period_kind, factor, description, built_in, enabled, version from aggregation_definition""";

    private final JdbcTemplate jdbc;

    DefinitionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<AggregationDefinition> all() {
        return jdbc.query(SELECT + " order by indicator_code, grouping, period_kind, id", DefinitionStore::row);
    }

    public List<AggregationDefinition> enabled(RecordType type) {
        return type == null
                ? jdbc.query(SELECT + " where enabled order by id", DefinitionStore::row)
                : jdbc.query(SELECT + " where enabled and record_type = ? order by id", DefinitionStore::row, type.name());
    }

    public Optional<AggregationDefinition> get(long id) {
        return jdbc.query(SELECT + " where id = ?", DefinitionStore::row, id).stream().findFirst();
    }

    /** Another enabled definition writing the same indicator for the same subject kind and period kind. */
    public Optional<Long> clash(String code, Grouping grouping, PeriodKind kind, Long except) {
        return jdbc.query("select id from aggregation_definition where enabled and indicator_code = ? and grouping = ? and period_kind = ? and id <> ?",
                (rs, n) -> rs.getLong(1), code, grouping.name(), kind.name(), except == null ? -1L : except).stream().findFirst();
    }

    public long insert(AggregationDefinition d, Instant at) {
        return jdbc.queryForObject("""
                insert into aggregation_definition (indicator_code, record_type, measure, field, second_field, filter, part_filter,
                       time_unit, grouping, period_kind, factor, description, built_in, enabled, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?) returning id""", Long.class,
                d.indicatorCode(), d.recordType().name(), d.measure().name(), d.field(), d.secondField(), d.filter(), d.partFilter(),
                d.timeUnit() == null ? null : d.timeUnit().name(), d.grouping().name(), d.periodKind().name(), d.factor(),
                d.description(), d.enabled(), Timestamp.from(at), Timestamp.from(at));
    }

    /** False when the row changed since {@code version} (a stale edit). */
    public boolean update(AggregationDefinition d, long version, Instant at) {
        return jdbc.update("""
                update aggregation_definition set indicator_code = ?, record_type = ?, measure = ?, field = ?, second_field = ?,
                       filter = ?, part_filter = ?, time_unit = ?, grouping = ?, period_kind = ?, factor = ?, description = ?,
                       enabled = ?, updated_at = ?, version = version + 1
                where id = ? and version = ?""",
                d.indicatorCode(), d.recordType().name(), d.measure().name(), d.field(), d.secondField(), d.filter(), d.partFilter(),
                d.timeUnit() == null ? null : d.timeUnit().name(), d.grouping().name(), d.periodKind().name(), d.factor(),
                d.description(), d.enabled(), Timestamp.from(at), d.id(), version) == 1;
    }

    public boolean setEnabled(long id, boolean enabled, long version, Instant at) {
        return jdbc.update("update aggregation_definition set enabled = ?, updated_at = ?, version = version + 1 where id = ? and version = ?",
                enabled, Timestamp.from(at), id, version) == 1;
    }

    /** The indicator's unit and whether it is active; empty when the library has no such code. */
    public Optional<String[]> indicator(String code) {
        return jdbc.query("select unit, active from indicator where code = ?",
                (rs, n) -> new String[] {rs.getString(1), String.valueOf(rs.getBoolean(2))}, code).stream().findFirst();
    }

    private static AggregationDefinition row(ResultSet rs, int n) throws SQLException {
        String unit = rs.getString("time_unit");
        BigDecimal factor = rs.getBigDecimal("factor");
        return new AggregationDefinition(rs.getLong("id"), rs.getString("indicator_code"), RecordType.valueOf(rs.getString("record_type")),
                Measure.valueOf(rs.getString("measure")), rs.getString("field"), rs.getString("second_field"), rs.getString("filter"),
                rs.getString("part_filter"), unit == null ? null : TimeUnit.valueOf(unit), Grouping.valueOf(rs.getString("grouping")),
                PeriodKind.valueOf(rs.getString("period_kind")), factor.stripTrailingZeros(), rs.getString("description"),
                rs.getBoolean("built_in"), rs.getBoolean("enabled"), rs.getLong("version"));
    }
}
