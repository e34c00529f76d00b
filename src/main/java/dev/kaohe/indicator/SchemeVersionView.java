package dev.kaohe.indicator;

import java.time.Instant;

import dev.kaohe.scoring.SchemeSpec;

/** One numbered version of a scheme's rules; {@code locked} versions never change again. */
public record SchemeVersionView(String schemeCode, int number, SchemeSpec definition, String note, String createdBy,
                                Instant createdAt, boolean locked, Instant lockedAt, String lockedBy) {
}
