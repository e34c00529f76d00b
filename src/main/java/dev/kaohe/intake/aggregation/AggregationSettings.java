package dev.kaohe.intake.aggregation;

import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kaohe.intake.aggregation.*}: the working day that working hours count in (start, end, time zone), the
 * NPS bands (promoters from 9, detractors up to 6, SPEC §5.4), the decimals results are rounded to, the rows read
 * per round trip when time between events is computed, the records listed per lineage page, the longest span one manual
 * recompute may cover, and the server memory (PostgreSQL work_mem) a recompute's sorts and hash tables may use.
 */
@ConfigurationProperties("kaohe.intake.aggregation")
public record AggregationSettings(@DefaultValue("09:00") LocalTime workdayStart, @DefaultValue("18:00") LocalTime workdayEnd,
                                  @DefaultValue("Asia/Shanghai") ZoneId zone, @DefaultValue("9") int promoterFrom,
                                  @DefaultValue("6") int detractorTo, @DefaultValue("4") int decimals,
                                  @DefaultValue("10000") int fetchSize, @DefaultValue("50") int lineagePageSize,
                                  @DefaultValue("120") int maxRecomputeMonths,
                                  @DefaultValue("64MB") String workMem) {
}
