package dev.kaohe.goal.domain;

/** Outcome (结果类) or process (过程类) goal; guidance on their shares comes from R57. */
public enum GoalCategory {
    OUTCOME, PROCESS
}
