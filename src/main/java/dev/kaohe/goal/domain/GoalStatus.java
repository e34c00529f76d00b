package dev.kaohe.goal.domain;

/**
 * A confirmed goal is locked; it changes only through an approved adjustment. An archived goal is kept on
 * record but left out of lists, weight sums and the alignment view; it cannot be edited.
 */
public enum GoalStatus {
    DRAFT, CONFIRMED, ARCHIVED
}
