package dev.kaohe.intake.aggregation.domain;

/** How TIME_BETWEEN counts: hours inside working days and working hours, every hour, or calendar days. */
public enum TimeUnit {
    WORKING_HOURS, HOURS, DAYS
}
