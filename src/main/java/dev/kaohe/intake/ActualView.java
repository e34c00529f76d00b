package dev.kaohe.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One version of an actual; {@code current} is false once a correction replaced it. {@code sourceSystem} is the
 * system the row named, else the one its batch named. An aggregated team or region value has no employee
 * ({@code employeeId} 0) but an {@code orgUnitId} or a {@code regionId}.
 */
public record ActualView(long id, long employeeId, String employeeNo, String indicatorCode, String period,
                         BigDecimal value, int version, boolean current, UUID batchId, int rowNumber, String note,
                         Instant createdAt, String sourceSystem, Long orgUnitId, Long regionId) {
}
