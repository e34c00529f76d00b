package dev.kaohe.indicator;

/** What an indicator's values and targets are counted in. */
public enum IndicatorUnit {
    CURRENCY,
    PERCENT,
    COUNT,
    HOURS,
    DAYS,
    SCORE,
    RATIO
}
