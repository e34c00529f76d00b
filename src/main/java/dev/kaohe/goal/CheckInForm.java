package dev.kaohe.goal;

import java.math.BigDecimal;
import java.time.LocalDate;

import dev.kaohe.goal.domain.CheckInKind;
import dev.kaohe.goal.domain.ShortfallCause;

/**
 * A weekly check-in or a monthly review.
 *
 * @param value          the actual so far (for a key result: its progress in percent)
 * @param plannedValue   monthly reviews: what should have been reached by now (defaults to the target)
 * @param shortfallCause required on a monthly review that falls short of the plan
 */
public record CheckInForm(CheckInKind kind, LocalDate periodDate, BigDecimal value, BigDecimal plannedValue,
                          Long keyResultId, String note, ShortfallCause shortfallCause) {
}
