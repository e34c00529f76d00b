package dev.kaohe.indicator;

/** Measured from data (quantitative) or judged by people (qualitative: competencies, brand reputation), SPEC R66. */
public enum Measure {
    QUANTITATIVE,
    QUALITATIVE
}
