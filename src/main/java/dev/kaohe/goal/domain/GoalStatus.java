package dev.kaohe.goal.domain;

/** A confirmed goal is locked; it changes only through an approved adjustment. */
public enum GoalStatus {
    DRAFT, CONFIRMED
}
