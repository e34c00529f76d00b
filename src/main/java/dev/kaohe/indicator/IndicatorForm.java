package dev.kaohe.indicator;

import java.math.BigDecimal;
import java.util.List;

import dev.kaohe.org.PositionFamily;
import dev.kaohe.scoring.RuleSpec;

/** A new or changed indicator. The code is fixed once created; {@code version} is required on update. */
public record IndicatorForm(String code, String nameZh, String nameEn, String definitionZh, String definitionEn,
                            IndicatorDimension dimension, IndicatorUnit unit, Direction direction, IndicatorType type,
                            Measure measure, DataSource dataSource, BigDecimal defaultTarget, RuleSpec defaultRule,
                            List<PositionFamily> positionFamilies, Long version) {

    public static IndicatorForm of(IndicatorView v) {
        return new IndicatorForm(v.code(), v.nameZh(), v.nameEn(), v.definitionZh(), v.definitionEn(), v.dimension(),
                v.unit(), v.direction(), v.type(), v.measure(), v.dataSource(), v.defaultTarget(), v.defaultRule(),
                v.positionFamilies(), v.version());
    }
}
