package dev.kaohe.review.peer;

/** Who answers a feedback form besides the assessee and their reviewer; the names match the scoring engine's raters. */
public enum RaterKind {
    PEER, CUSTOMER, CROSS_DEPARTMENT
}
