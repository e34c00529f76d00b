package dev.kaohe.intake.aggregation;

import java.math.BigDecimal;

import dev.kaohe.intake.RecordType;
import dev.kaohe.intake.aggregation.domain.Filter;
import dev.kaohe.intake.aggregation.domain.Grouping;
import dev.kaohe.intake.aggregation.domain.Measure;
import dev.kaohe.intake.aggregation.domain.PeriodKind;
import dev.kaohe.intake.aggregation.domain.Rule;
import dev.kaohe.intake.aggregation.domain.TimeUnit;

/** Which records feed which indicator, how they are measured, for whom and per which period. */
public record AggregationDefinition(long id, String indicatorCode, RecordType recordType, Measure measure, String field,
                                    String secondField, String filter, String partFilter, TimeUnit timeUnit,
                                    Grouping grouping, PeriodKind periodKind, BigDecimal factor, String description,
                                    boolean builtIn, boolean enabled, long version) {

    public Rule rule(int decimals) {
        return new Rule(measure, measure == Measure.COUNT ? "records" : field, secondField, timeUnit, factor, decimals);
    }

    public Filter parsedFilter() {
        return Filter.parse(filter);
    }

    public Filter parsedPartFilter() {
        return Filter.parse(partFilter);
    }
}
