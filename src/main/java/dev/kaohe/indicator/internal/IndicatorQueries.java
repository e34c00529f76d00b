package dev.kaohe.indicator.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.kaohe.indicator.DataSource;
import dev.kaohe.indicator.Direction;
import dev.kaohe.indicator.IndicatorDimension;
import dev.kaohe.indicator.IndicatorFilter;
import dev.kaohe.indicator.IndicatorType;
import dev.kaohe.indicator.IndicatorUnit;
import dev.kaohe.indicator.IndicatorView;
import dev.kaohe.indicator.Measure;
import dev.kaohe.org.PositionFamily;
import dev.kaohe.scoring.RuleSpec;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Searching the library: free text, dimension, type, measure, position family; ordered by dimension and code. */
@Component
public class IndicatorQueries {

    private static final String COLUMNS = """
            id, code, name_zh, name_en, definition_zh, definition_en, dimension, unit, direction, type, measure,
            data_source, default_target, default_rule::text as default_rule, position_families, built_in, active, version""";

    private static final String ORDER = " order by array_position(array['PERFORMANCE','CUSTOMER','MARKETING','COLLABORATION',"
            + "'COMPETENCY','GROWTH']::varchar[], dimension), code";

    private final NamedParameterJdbcTemplate jdbc;
    private final RowMapper<IndicatorView> ROWS;

    IndicatorQueries(NamedParameterJdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.ROWS = rows(json);
    }

    public Page<IndicatorView> search(IndicatorFilter filter, Pageable pageable) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, params);
        Long total = jdbc.queryForObject("select count(*) from indicator" + where, params, Long.class);
        if (pageable.isUnpaged()) {
            return new PageImpl<>(jdbc.query("select " + COLUMNS + " from indicator" + where + ORDER,
                    params, ROWS), pageable, total == null ? 0 : total);
        }
        params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        List<IndicatorView> rows = jdbc.query("select " + COLUMNS + " from indicator" + where
                + ORDER + " limit :limit offset :offset", params, ROWS);
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    public List<IndicatorView> byCodes(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select " + COLUMNS + " from indicator where code in (:codes) order by code",
                new MapSqlParameterSource("codes", codes), ROWS);
    }

    public IndicatorView byId(long id) {
        return jdbc.query("select " + COLUMNS + " from indicator where id = :id", new MapSqlParameterSource("id", id), ROWS)
                .stream().findFirst().orElse(null);
    }

    private static String where(IndicatorFilter filter, MapSqlParameterSource params) {
        List<String> where = new ArrayList<>();
        if (filter.q() != null && !filter.q().isBlank()) {
            where.add("(code ilike :q or name_zh ilike :q or name_en ilike :q)");
            params.addValue("q", "%" + filter.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.dimension() != null) {
            where.add("dimension = :dimension");
            params.addValue("dimension", filter.dimension().name());
        }
        if (filter.type() != null) {
            where.add("type = :type");
            params.addValue("type", filter.type().name());
        }
        if (filter.measure() != null) {
            where.add("measure = :measure");
            params.addValue("measure", filter.measure().name());
        }
        if (filter.family() != null) {
            where.add("(cardinality(position_families) = 0 or :family = any(position_families))");
            params.addValue("family", filter.family().name());
        }
        if (filter.active() != null) {
            where.add("active = :active");
            params.addValue("active", filter.active());
        }
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }

    private static RowMapper<IndicatorView> rows(JsonMapper json) {
        return (ResultSet rs, int n) -> new IndicatorView(
            rs.getLong("id"), rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
            rs.getString("definition_zh"), rs.getString("definition_en"),
            IndicatorDimension.valueOf(rs.getString("dimension")), IndicatorUnit.valueOf(rs.getString("unit")),
            Direction.valueOf(rs.getString("direction")), IndicatorType.valueOf(rs.getString("type")),
            Measure.valueOf(rs.getString("measure")), DataSource.valueOf(rs.getString("data_source")),
            plain(rs.getBigDecimal("default_target")), rule(json, rs.getString("default_rule")), families(rs.getArray("position_families")),
            rs.getBoolean("built_in"), rs.getBoolean("active"), rs.getLong("version"));
    }

    private static RuleSpec rule(JsonMapper json, String text) {
        return text == null ? null : json.readValue(text, RuleSpec.class);
    }

    static java.math.BigDecimal plain(java.math.BigDecimal value) {
        if (value == null) {
            return null;
        }
        java.math.BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static List<PositionFamily> families(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).map(PositionFamily::valueOf).toList();
    }
}
