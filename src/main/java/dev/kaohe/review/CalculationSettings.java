package dev.kaohe.review;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the background result calculation runs, {@code kaohe.review.calculation.*}.
 *
 * @param pollInterval how often each app node looks for cycles with pending participants
 * @param quietPeriod  a cycle is computed once no participant was marked for this long (coalescing a burst of submissions)
 * @param maxDelay     ... or once its oldest mark is this old, so a steady stream of submissions still gets results
 * @param retryDelay   after a failed calculation, how long the cycle waits on this node before the next try
 */
@ConfigurationProperties("kaohe.review.calculation")
public record CalculationSettings(
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("2s") Duration quietPeriod,
        @DefaultValue("30s") Duration maxDelay,
        @DefaultValue("1m") Duration retryDelay) {
}
