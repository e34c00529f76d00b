package dev.kaohe.intake;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The current actuals of one person and period, WITHOUT access checks: for modules that compute results in the
 * background or have decided already that the caller may see the person (pages and the API use {@link Actuals}).
 */
@Component
public class ActualLookup {

    private final NamedParameterJdbcTemplate jdbc;

    ActualLookup(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Indicator code → the current actual (value and the id of its row, for the lineage page); codes without one are absent. */
    public Map<String, Current> current(long employeeId, String period, Collection<String> indicatorCodes) {
        Map<String, Current> out = new HashMap<>();
        if (period == null || indicatorCodes == null || indicatorCodes.isEmpty()) {
            return out;
        }
        jdbc.query("""
                select id, indicator_code, value from indicator_actual
                where employee_id = :employee and period = :period and current and indicator_code in (:codes)""",
                new MapSqlParameterSource().addValue("employee", employeeId).addValue("period", period)
                        .addValue("codes", indicatorCodes),
                rs -> {
                    out.put(rs.getString("indicator_code"), new Current(rs.getLong("id"), rs.getBigDecimal("value")));
                });
        return out;
    }

    /** One current actual: the row's id and its value. */
    public record Current(long actualId, BigDecimal value) {
    }
}
