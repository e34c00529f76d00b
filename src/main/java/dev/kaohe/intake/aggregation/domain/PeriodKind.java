package dev.kaohe.intake.aggregation.domain;

/** Results per month ("2025-07") or per quarter ("2025Q3"). */
public enum PeriodKind {
    MONTH, QUARTER
}
