package dev.kaohe.goal.domain;

/** Whether more is better (sales) or less is better (complaint rate). */
public enum Direction {
    HIGHER, LOWER
}
