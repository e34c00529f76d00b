package dev.kaohe.goal.domain;

/** The five SMART criteria (R32). */
public enum SmartCriterion {
    SPECIFIC, MEASURABLE, ACHIEVABLE, RELEVANT, TIME_BOUND
}
