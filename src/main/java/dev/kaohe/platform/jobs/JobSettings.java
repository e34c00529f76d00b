package dev.kaohe.platform.jobs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param threads          how many jobs run at once on one node
 * @param progressInterval at most one progress write per job in this interval
 * @param abandonedAfter   a RUNNING job not updated for this long is closed as interrupted at start-up
 */
@ConfigurationProperties("kaohe.jobs")
public record JobSettings(int threads, Duration progressInterval, Duration abandonedAfter) {
}
