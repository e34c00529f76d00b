package dev.kaohe.review;

import java.math.BigDecimal;

/**
 * A calibration adjustment: a grade, a score or both (what is left out stays), with the mandatory reason.
 * {@code versionNo} is the result version the adjustment is based on; a newer one answers 409.
 */
public record AdjustForm(String grade, BigDecimal score, String reason, Integer versionNo) {
}
