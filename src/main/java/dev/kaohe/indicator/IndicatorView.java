package dev.kaohe.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import dev.kaohe.org.PositionFamily;
import dev.kaohe.scoring.RuleSpec;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * An indicator of the library. {@code positionFamilies} empty means it suits every position.
 * {@code defaultRule} is the rule a scheme item starts with, null when the scheme decides.
 */
public record IndicatorView(long id, String code, String nameZh, String nameEn, String definitionZh, String definitionEn,
                            IndicatorDimension dimension, IndicatorUnit unit, Direction direction, IndicatorType type,
                            Measure measure, DataSource dataSource, BigDecimal defaultTarget, RuleSpec defaultRule,
                            List<PositionFamily> positionFamilies, boolean builtIn, boolean active, long version) {

    /** The name in the language of the current request. */
    public String localName() {
        return english() ? nameEn : nameZh;
    }

    public String localDefinition() {
        return english() ? definitionEn : definitionZh;
    }

    private static boolean english() {
        return Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
