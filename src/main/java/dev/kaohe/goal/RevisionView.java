package dev.kaohe.goal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The values a goal had in an earlier revision, until {@code validUntil}, replaced by adjustment {@code adjustmentId}. */
public record RevisionView(int revision, String title, BigDecimal targetValue, BigDecimal challengeValue, LocalDate dueDate,
                           BigDecimal weight, Long adjustmentId, Instant validUntil) {
}
