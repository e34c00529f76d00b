package dev.kaohe.goal.domain;

/** Where a goal sits in the cascade: the company, a department or team, a person. */
public enum GoalLevel {
    COMPANY, UNIT, PERSONAL
}
