package dev.kaohe.indicator;

/** An archived scheme stays readable (results name it) but is no longer offered for new cycles. */
public enum SchemeStatus {
    ACTIVE,
    ARCHIVED
}
