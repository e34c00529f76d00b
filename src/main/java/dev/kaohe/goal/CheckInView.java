package dev.kaohe.goal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import dev.kaohe.goal.domain.CheckInKind;
import dev.kaohe.goal.domain.ShortfallCause;

/** @param shortfall a monthly review below its plan */
public record CheckInView(long id, long goalId, CheckInKind kind, LocalDate periodDate, BigDecimal value,
                          BigDecimal plannedValue, Long keyResultId, String note, ShortfallCause shortfallCause,
                          boolean shortfall, String createdBy, Instant createdAt) {
}
