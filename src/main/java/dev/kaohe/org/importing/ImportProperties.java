package dev.kaohe.org.importing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxRows          data rows accepted in one file
 * @param previewRetention how long an uploaded file that was never committed is kept
 * @param previewListLimit how many problems and changes the preview page lists (all are in the downloads and the API)
 * @param backgroundAboveChanges a page commit with more employee changes than this runs in the background
 *                               with a progress bar
 */
@ConfigurationProperties("kaohe.import")
record ImportProperties(@DefaultValue("200000") int maxRows, @DefaultValue("24h") Duration previewRetention,
                        @DefaultValue("500") int previewListLimit, @DefaultValue("500") int backgroundAboveChanges) {
}
