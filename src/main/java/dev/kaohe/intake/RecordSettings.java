package dev.kaohe.intake;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kaohe.intake.records.*}: business-record imports.
 *
 * @param zone               the time zone of times written without one in files ("2025-07-01 09:30")
 * @param maxRows            most data rows one file may carry
 * @param apiMaxRows         most rows one REST request may carry
 * @param backgroundFromBytes an upload at least this large is checked as a background job with a progress bar
 * @param backgroundFromRows a commit of at least this many rows runs as a background job (aggregation included)
 * @param previewRetention   an upload checked but never committed is removed after this long
 * @param cesMax             the top of the customer-effort scale (1 to this)
 * @param maxAmount          amounts at or above this are refused as typing errors
 * @param chunkBytes         an upload is stored in chunks of this size
 */
@ConfigurationProperties("kaohe.intake.records")
public record RecordSettings(@DefaultValue("Asia/Shanghai") ZoneId zone,
                             @DefaultValue("2000000") int maxRows,
                             @DefaultValue("50000") int apiMaxRows,
                             @DefaultValue("262144") long backgroundFromBytes,
                             @DefaultValue("2000") int backgroundFromRows,
                             @DefaultValue("7d") Duration previewRetention,
                             @DefaultValue("7") BigDecimal cesMax,
                             @DefaultValue("1e15") BigDecimal maxAmount,
                             @DefaultValue("1048576") int chunkBytes) {
}
