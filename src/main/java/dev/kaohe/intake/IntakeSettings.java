package dev.kaohe.intake;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kaohe.intake.*}: most rows one file or request may carry, the row count from which a commit runs as a
 * background job, and the indicator units whose values cannot be negative. Records and direct actuals dated more
 * than {@code futureToleranceDays} after today, or before the first day of the month {@code maxAgeMonths} back, are
 * problems of the dry run.
 */
@ConfigurationProperties("kaohe.intake")
public record IntakeSettings(@DefaultValue("200000") int maxRows, @DefaultValue("2000") int backgroundFrom,
                             @DefaultValue({"CURRENCY", "COUNT", "HOURS", "DAYS", "SCORE", "RATIO"}) List<String> nonNegativeUnits,
                             @DefaultValue("500") int previewListLimit,
                             @DefaultValue("0") int futureToleranceDays,
                             @DefaultValue("24") int maxAgeMonths) {
}
