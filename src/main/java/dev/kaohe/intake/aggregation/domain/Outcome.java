package dev.kaohe.intake.aggregation.domain;

import java.math.BigDecimal;
import java.util.Optional;

/** A computed value, or none with the reason (no records, division by zero, no previous period …). */
public record Outcome(BigDecimal value, Explanation explanation) {

    public Optional<BigDecimal> optionalValue() {
        return Optional.ofNullable(value);
    }

    public boolean hasValue() {
        return value != null;
    }
}
