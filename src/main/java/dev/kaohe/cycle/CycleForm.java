package dev.kaohe.cycle;

import java.time.LocalDate;

/**
 * A new cycle. {@code schemeVersion} null means the scheme's latest locked version; a draft version cannot be
 * used. {@code quarterlyCycleId} links a monthly cycle to the quarterly cycle it posts into (R12).
 * {@code preparationLeadDays} (R14: preparation opens 1–2 weeks before) and {@code feedbackDays} (R16: feedback
 * within 1 week) are working days; null takes the configured defaults ({@code kaohe.cycle.*}).
 */
public record CycleForm(String name, CycleType type, LocalDate periodStart, LocalDate periodEnd, String schemeCode,
                        Integer schemeVersion, Population population, Long quarterlyCycleId, Integer preparationLeadDays,
                        Integer feedbackDays) {

    /** A cycle with the configured preparation lead and feedback window. */
    public CycleForm(String name, CycleType type, LocalDate periodStart, LocalDate periodEnd, String schemeCode,
                     Integer schemeVersion, Population population, Long quarterlyCycleId) {
        this(name, type, periodStart, periodEnd, schemeCode, schemeVersion, population, quarterlyCycleId, null, null);
    }
}
