package dev.kaohe.indicator;

/** Whether more of an indicator is better (sales) or less is (complaint rate, CAC, response time). */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
