package dev.kaohe.review;

import java.math.BigDecimal;

/** One item of a self or manager assessment: the score and the evidence (self) or comment (manager). */
public record ItemInput(String code, BigDecimal score, String note) {
}
