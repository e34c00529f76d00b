package dev.kaohe.indicator;

/** Outcome (结果类: sales, conversion, CAC) or process (过程类: content output, events, follow-up timeliness), SPEC R57. */
public enum IndicatorType {
    OUTCOME,
    PROCESS
}
