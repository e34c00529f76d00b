package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A dimension's part of the composite: {@code contribution} is the sum of its items' contributions and
 * {@code score} the same on a 0–100 scale of its own ({@code contribution ÷ weight × 100}).
 */
public record DimensionResult(String code, String name, BigDecimal weight, BigDecimal score, BigDecimal contribution)
        implements Describable {

    @Override
    public String describe(Locale locale) {
        return Describable.pick(locale,
                "维度 " + name + "(权重 " + Decimals.show(weight) + "%):" + Decimals.show(score) + " 分,贡献 " + Decimals.show(contribution),
                "dimension " + name + " (weight " + Decimals.show(weight) + "%): " + Decimals.show(score) + ", contribution " + Decimals.show(contribution));
    }
}
