package dev.kaohe.goal.domain;

/** KPI for routine quantifiable work; OKR (objective with key results) for uncertain or innovative work (R30, R31). */
public enum GoalType {
    KPI, OKR
}
