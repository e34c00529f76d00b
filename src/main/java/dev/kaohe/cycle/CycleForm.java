package dev.kaohe.cycle;

import java.time.LocalDate;

/**
 * A new cycle. {@code schemeVersion} null means the scheme's latest locked version; a draft version cannot be
 * used. {@code quarterlyCycleId} links a monthly cycle to the quarterly cycle it posts into (R12).
 */
public record CycleForm(String name, CycleType type, LocalDate periodStart, LocalDate periodEnd, String schemeCode,
                        Integer schemeVersion, Population population, Long quarterlyCycleId) {
}
