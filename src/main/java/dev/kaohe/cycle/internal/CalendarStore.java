package dev.kaohe.cycle.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.kaohe.cycle.domain.CalendarEntry;
import dev.kaohe.cycle.domain.DayKind;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The stored holiday calendar: days per year, and which years were imported from where. */
@Component
public class CalendarStore {

    private final NamedParameterJdbcTemplate jdbc;

    CalendarStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record YearRow(int year, String source, String importedBy, Instant importedAt, int dayCount) {
    }

    public List<CalendarEntry> all() {
        return jdbc.query("select day, kind, name from work_calendar_day order by day", (rs, i) ->
                new CalendarEntry(rs.getObject(1, LocalDate.class), DayKind.valueOf(rs.getString(2)), rs.getString(3)));
    }

    public List<CalendarEntry> year(int year) {
        return jdbc.query("select day, kind, name from work_calendar_day where day between :from and :to order by day",
                new MapSqlParameterSource("from", LocalDate.of(year, 1, 1)).addValue("to", LocalDate.of(year, 12, 31)),
                (rs, i) -> new CalendarEntry(rs.getObject(1, LocalDate.class), DayKind.valueOf(rs.getString(2)), rs.getString(3)));
    }

    public List<YearRow> years() {
        return jdbc.query("select year, source, imported_by, imported_at, day_count from work_calendar_year order by year desc",
                (rs, i) -> new YearRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getInt(5)));
    }

    public Optional<YearRow> yearRow(int year) {
        return years().stream().filter(y -> y.year() == year).findFirst();
    }

    /** Replaces every entry of the year; call inside a transaction. Serialised per year by a row lock on the year. */
    public void replaceYear(int year, List<CalendarEntry> entries, String source, String by, Instant at) {
        MapSqlParameterSource yearParams = new MapSqlParameterSource("year", year).addValue("source", source)
                .addValue("by", by).addValue("at", Timestamp.from(at)).addValue("count", entries.size());
        jdbc.update("""
                insert into work_calendar_year (year, source, imported_by, imported_at, day_count)
                values (:year, :source, :by, :at, :count)
                on conflict (year) do update set source = excluded.source, imported_by = excluded.imported_by,
                    imported_at = excluded.imported_at, day_count = excluded.day_count""", yearParams);
        jdbc.update("delete from work_calendar_day where day between :from and :to",
                new MapSqlParameterSource("from", LocalDate.of(year, 1, 1)).addValue("to", LocalDate.of(year, 12, 31)));
        MapSqlParameterSource[] batch = entries.stream().map(e -> new MapSqlParameterSource("day", e.day())
                .addValue("kind", e.kind().name()).addValue("name", e.name())).toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate("insert into work_calendar_day (day, kind, name) values (:day, :kind, :name)", batch);
    }

    /** A number that changes whenever any year is imported, so nodes know when their cached calendar is stale. */
    public String stamp() {
        return jdbc.queryForObject("select coalesce(max(imported_at)::text, '') || ':' || count(*) from work_calendar_year",
                new MapSqlParameterSource(), String.class);
    }
}
